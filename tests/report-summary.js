// The last line of `npm test`: one plain count over the unit/integration (vitest) and e2e (Playwright) runs.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const tmp = fileURLToPath(new URL('../.tmp/', import.meta.url));
const read = (name) => (existsSync(tmp + name) ? JSON.parse(readFileSync(tmp + name, 'utf8')) : null);

const unit = read('vitest-results.json');
const e2e = read('e2e-results.json');
if (!unit || !e2e) {
  console.error('No test results to sum up: run npm test.');
  process.exit(1);
}
const passed = unit.numPassedTests + (e2e.stats.expected ?? 0) + (e2e.stats.flaky ?? 0);
const failed = unit.numFailedTests + (e2e.stats.unexpected ?? 0);
const skipped = unit.numPendingTests + unit.numTodoTests + (e2e.stats.skipped ?? 0);
console.log(`tests: ${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed > 0 ? 1 : 0);
