import { utilityProcess } from 'electron';
import { join } from 'node:path';
import type { WorkerLauncher } from '../backend/engine-pool';
import { watchStderr } from '../backend/worker-stderr';

/** How long an exit waits for the rest of the process's stderr (the out-of-memory report) before it is reported. */
const STDERR_GRACE_MS = 200;

/**
 * Engine workers in the app: Electron's utilityProcess running the built engine entry (out/main/engine.js). Its
 * stderr is passed on to ours and watched for V8's out-of-memory report; utilityProcess gives an exit code, no signal.
 */
export function utilityLauncher(mainDir: string): WorkerLauncher {
  const entry = join(mainDir, 'engine.js');
  return () => {
    const child = utilityProcess.fork(entry, [], { serviceName: 'Aftershock engine', stdio: ['ignore', 'inherit', 'pipe'] });
    const stderr = watchStderr(child.stderr, (chunk) => process.stderr.write(chunk));
    return {
      get pid() {
        return child.pid;
      },
      send: (message) => child.postMessage(message),
      onMessage: (listener) => child.on('message', listener),
      onExit: (listener) =>
        child.once('exit', (code) => {
          const grace = new Promise<void>((resolve) => setTimeout(resolve, STDERR_GRACE_MS));
          void Promise.race([stderr.ended, grace]).then(() => listener({ code, signal: null, outOfMemory: stderr.outOfMemory() }));
        }),
      kill: () => void child.kill(),
    };
  };
}
