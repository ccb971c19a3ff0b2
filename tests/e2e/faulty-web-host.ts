/**
 * The web host with one misbehaving engine worker, for the e2e fault tests (never shipped):
 * `tsx tests/e2e/faulty-web-host.ts FAULT --port 0 --data-dir DIR`. The first worker it starts runs its first shard
 * (the reference run on the fresh pool) as the real engine, then misbehaves in its second at 0.4 of the way (FAULT:
 * oom, alloc, garble or exit, see tests/integration/faulty-engine-worker.ts); every later worker is the real one.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseWebArgs } from '../../electron/web/web-args';
import { startWebHost } from '../../electron/web/web-server';
import { faultyFirstLauncher, type Fault } from '../integration/fault-launchers';

const appRoot = fileURLToPath(new URL('../..', import.meta.url));
const [fault, ...rest] = process.argv.slice(2);
const host = await startWebHost({
  ...parseWebArgs(rest),
  appRoot,
  rendererDir: join(appRoot, 'out', 'renderer'),
  launchWorker: faultyFirstLauncher(fault as Fault, 0.4, 2),
});
process.stdout.write(`${host.url}\n`);
const stop = () => void host.close().then(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
