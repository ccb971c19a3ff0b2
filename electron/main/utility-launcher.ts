import { utilityProcess } from 'electron';
import { join } from 'node:path';
import type { WorkerLauncher } from '../backend/engine-pool';

/** Engine workers in the app: Electron's utilityProcess running the built engine entry (out/main/engine.js). */
export function utilityLauncher(mainDir: string): WorkerLauncher {
  const entry = join(mainDir, 'engine.js');
  return () => {
    const child = utilityProcess.fork(entry, [], { serviceName: 'Aftershock engine', stdio: 'inherit' });
    return {
      send: (message) => child.postMessage(message),
      onMessage: (listener) => child.on('message', listener),
      onExit: (listener) => child.on('exit', (code) => listener(code)),
      kill: () => void child.kill(),
    };
  };
}
