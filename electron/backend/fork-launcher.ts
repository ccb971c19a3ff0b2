import { fork } from 'node:child_process';
import { join } from 'node:path';
import type { WorkerLauncher } from './engine-pool';

/**
 * Engine workers for Node hosts (web host, CLI, tests): child_process.fork of the TypeScript entry through tsx,
 * with V8 serialisation so typed arrays cross the pipe intact.
 */
export function forkLauncher(appRoot: string): WorkerLauncher {
  const entry = join(appRoot, 'electron', 'engine', 'index.ts');
  const tsx = import.meta.resolve('tsx');
  return () => {
    const child = fork(entry, [], { execArgv: ['--import', tsx], serialization: 'advanced', stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    return {
      send: (message) => child.send(message),
      onMessage: (listener) => child.on('message', listener),
      onExit: (listener) => child.on('exit', (code) => listener(code)),
      kill: () => child.kill('SIGKILL'),
    };
  };
}
