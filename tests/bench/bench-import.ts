// npm run bench:import — parse + classify a generated 100,000-row generic CSV; prints time and peak memory.
import { performance } from 'node:perf_hooks';
import { importHoldings } from '../../shared/import';

const ROWS = Number(process.env.BENCH_ROWS ?? 100_000);
const SYMBOLS = ['NVDA', 'AMD', 'IBIT', 'MSTR', 'MARA', 'ARCC', 'SPY', 'TLT', 'HYG', 'ETH', 'ZZZQ'];

function generate(rows: number): Uint8Array {
  const lines = ['account,symbol,name,quantity,price,currency,asset_class,exposure,adv_usd'];
  for (let i = 0; i < rows; i++) {
    const s = SYMBOLS[i % SYMBOLS.length]!;
    lines.push(`ACC${i % 7},${s}${i},"${s} holding ${i}",${(i % 977) + 1},${(10 + (i % 5000) / 7).toFixed(2)},USD,equity,,${i % 3 === 0 ? '' : 1_000_000 + i}`);
  }
  return new TextEncoder().encode(lines.join('\n'));
}

const bytes = generate(ROWS);
let peak = process.memoryUsage().rss;
const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 5);
const runs: number[] = [];
let holdings = 0;
for (let r = 0; r < 3; r++) {
  const start = performance.now();
  const outcome = importHoldings(bytes, { fileName: 'bench.csv' });
  runs.push(performance.now() - start);
  peak = Math.max(peak, process.memoryUsage().rss);
  if (!outcome.ok) throw new Error(outcome.reason);
  holdings = outcome.holdings.length;
}
clearInterval(sampler);
const best = Math.min(...runs);
console.log(`import bench: ${ROWS.toLocaleString('en-US')} rows, ${(bytes.length / 1048576).toFixed(1)} MB, ${holdings.toLocaleString('en-US')} holdings`);
console.log(`  parse + classify: best ${(best / 1000).toFixed(2)} s, runs ${runs.map((ms) => (ms / 1000).toFixed(2)).join(' / ')} s (target ≤ 2 s)`);
console.log(`  rows per second: ${Math.round(ROWS / (best / 1000)).toLocaleString('en-US')}`);
console.log(`  peak RSS: ${(peak / 1048576).toFixed(0)} MB`);
