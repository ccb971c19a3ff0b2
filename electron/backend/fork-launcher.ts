import { fork } from 'node:child_process';
import { join } from 'node:path';
import { freshBundles } from './prebuilt-bundles.js';
import type { WorkerLauncher } from './engine-pool';
import { watchStderr } from './worker-stderr';

export type ForkOptions = {
  /** The worker's entry (a TypeScript file); the engine's own by default. Tests start misbehaving workers with it. */
  entry?: string;
  /** Arguments for the entry. */
  args?: string[];
  /** Node options before tsx's (e.g. --max-old-space-size=64). */
  nodeArgs?: string[];
  /** The worker's working folder (ours by default). */
  cwd?: string;
};

/**
/**
 * Engine workers for Node hosts (web host, CLI, tests): child_process.fork of the engine's bundle when a fresh one is
 * there (prebuilt-bundles.js: it starts in ~0.1 s), else of the TypeScript entry through tsx (~0.3 s) — always tsx for
 * another entry — with V8 serialisation so typed arrays cross the pipe intact. Their stderr is passed on to ours and
 * watched for V8's out-of-memory report; the exit is reported once the process has ended and its stderr is drained
 * ('close').
 */
export function forkLauncher(appRoot: string, options: ForkOptions = {}): WorkerLauncher {
  const bundle = options.entry ? undefined : freshBundles(appRoot)?.worker;
  const entry = options.entry ?? bundle ?? join(appRoot, 'electron', 'engine', 'index.ts');
  const loader = bundle ? [] : ['--import', import.meta.resolve('tsx')];
  return () => {
    const child = fork(entry, options.args ?? [], {
      execArgv: [...(options.nodeArgs ?? []), ...loader],
      serialization: 'advanced',
      stdio: ['ignore', 'inherit', 'pipe', 'ipc'],
      ...(options.cwd ? { cwd: options.cwd } : {}),
    });
    const stderr = watchStderr(child.stderr, (chunk) => process.stderr.write(chunk));
    // A message sent as the process dies fails on the closed channel: its death is what the pool reports.
    child.on('error', () => {});
    return {
      pid: child.pid,
      send: (message) => void (child.connected && child.send(message)),
      onMessage: (listener) => child.on('message', listener),
      onExit: (listener) => child.once('close', (code, signal) => listener({ code, signal, outOfMemory: stderr.outOfMemory() })),
      kill: () => void child.kill('SIGKILL'),
    };
  };
}
