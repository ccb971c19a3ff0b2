import { fork } from 'node:child_process';
import { join } from 'node:path';
import { freshBundles } from './prebuilt-bundles.js';
import type { WorkerLauncher } from './engine-pool';

/**
 * Engine workers for Node hosts (web host, CLI, tests): child_process.fork of the engine's bundle when a fresh one is
 * there (prebuilt-bundles.js: it starts in ~0.1 s), else of the TypeScript entry through tsx (~0.3 s), with V8
 * serialisation so typed arrays cross the pipe intact.
 */
export function forkLauncher(appRoot: string): WorkerLauncher {
  const bundle = freshBundles(appRoot)?.worker;
  const entry = bundle ?? join(appRoot, 'electron', 'engine', 'index.ts');
  const execArgv = bundle ? [] : ['--import', import.meta.resolve('tsx')];
  return () => {
    const child = fork(entry, [], { execArgv, serialization: 'advanced', stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    return {
      send: (message) => child.send(message),
      onMessage: (listener) => child.on('message', listener),
      onExit: (listener) => child.on('exit', (code) => listener(code)),
      kill: () => child.kill('SIGKILL'),
    };
  };
}
