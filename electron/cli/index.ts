import { fileURLToPath } from 'node:url';
import { runCli } from './run-cli';

const appRoot = fileURLToPath(new URL('../..', import.meta.url));
const code = await runCli(process.argv.slice(2), appRoot, {
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
});
process.exitCode = code;
