/**
 * Writes resources/examples/synthetic-price-history.csv: a SYNTHETIC weekly price history drawn from the covariance in
 * shared/model/fit/example-history.ts (seeded, so the file is always the same). It is an example of the format that
 * Settings → Factor models and `aftershock fit` read — not market data. Run: npx tsx tests/scripts/generate-price-history.ts
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { exampleHistoryCsv } from '../../shared/model/fit/example-history';

const target = fileURLToPath(new URL('../../resources/examples/synthetic-price-history.csv', import.meta.url));
writeFileSync(target, exampleHistoryCsv());
console.log(`wrote ${target}`);
