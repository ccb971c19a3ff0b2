import { serveShards, type ParentPort } from './worker-main';

// Entry of the engine worker process: Electron's utilityProcess gives `process.parentPort`; child_process.fork gives
// `process.send`. This file never imports 'electron'.
type ElectronParentPort = {
  postMessage: (message: unknown) => void;
  on: (event: 'message', listener: (event: { data: unknown }) => void) => void;
};
const electronPort = (process as unknown as { parentPort?: ElectronParentPort }).parentPort;

const port: ParentPort = electronPort
  ? { post: (m) => electronPort.postMessage(m), onMessage: (l) => electronPort.on('message', (e) => l(e.data)) }
  : {
      post: (m) => process.send?.(m),
      onMessage: (l) => process.on('message', l),
    };

process.on('disconnect', () => process.exit(0));
// The parent's pid, read now: when it dies the process is re-parented (ppid changes), seen even mid-shard.
const parent = process.ppid;
serveShards(port, () => process.ppid === parent);
