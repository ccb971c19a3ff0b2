import type { WorkerChannel, WorkerLauncher } from './engine-pool';

/**
 * Starts `count` engine workers now and hands them out on the first launches, so their start-up (~0.3 s each: a Node
 * process, tsx, the engine) overlaps the caller's own — the CLI's import and prepare — instead of following it. A
 * worker that exited while waiting is replaced by a fresh one; `dispose` stops those never handed out.
 */
export function prestartedLauncher(launch: WorkerLauncher, count: number): { launch: WorkerLauncher; dispose: () => void } {
  const waiting = Array.from({ length: Math.max(0, count) }, () => {
    const channel = launch();
    const slot = { channel, exited: false };
    channel.onExit(() => (slot.exited = true));
    return slot;
  });
  return {
    launch: () => {
      for (let next = waiting.shift(); next; next = waiting.shift()) if (!next.exited) return next.channel;
      return launch();
    },
    dispose: () => waiting.splice(0).forEach((w) => w.channel.kill()),
  };
}

export type { WorkerChannel };
