import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isUiBuilt, uiNotBuilt } from './static-files';
import { parseWebArgs } from './web-args';
import { LOOPBACK, startWebHost } from './web-server';

/**
 * `npm run web`: the first line on stdout is the link to open (with its per-launch token);
 * everything else goes to stderr.
 */
const appRoot = fileURLToPath(new URL('../..', import.meta.url));
const rendererDir = join(appRoot, 'out', 'renderer');
const fail = (err: unknown): never => {
  process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
};

try {
  const args = parseWebArgs(process.argv.slice(2));
  if (!isUiBuilt(rendererDir)) process.stderr.write(`${uiNotBuilt()} (nothing in ${rendererDir}).\n`);
  const host = await startWebHost({ ...args, appRoot, rendererDir });
  process.stdout.write(`${host.url}\n`);
  process.stderr.write(`Aftershock web host on ${LOOPBACK}:${host.port} only; data in ${args.dataDir}. Ctrl+C stops it.\n`);
  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) process.exit(1);
    stopping = true;
    process.stderr.write(`${signal}: closing the web host.\n`);
    host.close().then(() => process.exit(0), fail);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
} catch (err) {
  fail(err);
}
