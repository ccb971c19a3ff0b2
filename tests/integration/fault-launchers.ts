import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { WorkerChannel, WorkerLauncher } from '../../electron/backend/engine-pool';
import { forkLauncher } from '../../electron/backend/fork-launcher';
import { appRoot } from './backend-helpers';

export type Fault = 'exit' | 'garble' | 'oom' | 'alloc';

/** One started worker as a test sees it: its channel, pid, when it started and when it said 'ready'. */
export type Started = { channel: WorkerChannel; pid: number; startedAt: number; readyAt: number | null };

/** Wraps a launcher, keeping every worker it starts (pid, start and ready times) so a test can find or kill one. */
export function watchedLauncher(base: WorkerLauncher = forkLauncher(appRoot)) {
  const started: Started[] = [];
  const launch: WorkerLauncher = () => {
    const channel = base();
    const entry: Started = { channel, pid: channel.pid ?? -1, startedAt: performance.now(), readyAt: null };
    channel.onMessage((m) => {
      if (entry.readyAt === null && (m as { type?: string }).type === 'ready') entry.readyAt = performance.now();
    });
    started.push(entry);
    return channel;
  };
  return { launch, started };
}

/**
 * The first worker started misbehaves (`fault` at `at` of its shard number `onShard`, see faulty-engine-worker.ts);
 * every later one, its replacement included, is the real engine worker.
 */
export function faultyFirstLauncher(fault: Fault, at = 0.4, onShard = 1): WorkerLauncher {
  const faulty = forkLauncher(appRoot, {
    entry: join(appRoot, 'tests', 'integration', 'faulty-engine-worker.ts'),
    args: [fault, String(at), String(onShard)],
    // A small heap, so filling it takes a moment; the worker needs ~30 MB of it to start and run a shard.
    nodeArgs: fault === 'oom' ? ['--max-old-space-size=64'] : [],
    // Where a core dump of the abort would land, if this machine writes them: not the checkout.
    cwd: tmpdir(),
  });
  const normal = forkLauncher(appRoot);
  let count = 0;
  return () => (count++ === 0 ? faulty() : normal());
}

/** Whether process `pid` still exists (a zombie counts as gone). */
export function alive(pid: number): boolean {
  try {
    return !/^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return false;
  }
}

/** Resolves once `test` is true, checking every 10 ms; rejects after `ms`. */
export async function until(test: () => boolean, ms: number, what: string): Promise<void> {
  const end = performance.now() + ms;
  while (!test()) {
    if (performance.now() > end) throw new Error(`Gave up waiting ${ms} ms for ${what}.`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
