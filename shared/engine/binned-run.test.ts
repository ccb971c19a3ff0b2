import { describe, expect, it } from 'vitest';
import { binLayout, EXACT_PATHS_LIMIT, RELATIVE_ERROR, statisticsMethod } from './binned';
import { makeHolding, makeInput, makeScenario } from './fixtures';
import { mergeShards } from './merge';
import { prepareRun } from './prepare';
import { runScenario, splitPaths } from './run';
import { simulateShard } from './simulate';
import { binScale, simulateShardBinned } from './simulate-binned';

/** A book with equity, BTC, credit, a non-traded fund and a margin loan: fans that spread, losses with a tail. */
const book = () => [
  makeHolding('NVDA', 40_000, 'ai_equity', { advValue: 3e10 }),
  makeHolding('SPY', 30_000, 'equity', { advValue: 4e10 }),
  makeHolding('IBIT', 25_000, 'btc', { advValue: 3e9 }),
  makeHolding('MARA 2031', 15_000, 'miner_debt'),
  makeHolding('BCRED', 20_000, 'private_credit', { securityType: 'non-traded BDC' }),
  makeHolding('TLT', 10_000, 'govt', { advValue: 2e9 }),
  makeHolding('LOAN', -50_000, 'cash'),
];
const prepare = (paths: number) =>
  prepareRun(makeInput(book(), makeScenario({ shocks: { AI_EQ: -0.35, BTC: -0.45, HY: 250 }, regime: 'no-ease', paths, seed: 11, horizonWeeks: 26 })));

describe('bounded-memory (binned) statistics', () => {
  it('are chosen above EXACT_PATHS_LIMIT paths, and say so in the result', () => {
    expect(statisticsMethod(EXACT_PATHS_LIMIT)).toBe('exact');
    expect(statisticsMethod(EXACT_PATHS_LIMIT + 1)).toBe('binned');
    const prepared = prepare(500);
    expect(mergeShards(prepared, [simulateShard(prepared, 0, 500)]).meta.statistics).toBe('exact');
    expect(mergeShards(prepared, [simulateShardBinned(prepared, 0, 500)]).meta.statistics).toBe('binned');
  });

  it('on 200,000 paths: fan quantiles, VaR and ES within their documented error of the exact sorted-sample figures', () => {
    const n = 200_000;
    const prepared = prepare(n);
    const exact = mergeShards(prepared, splitPaths(n, 2).map(([a, b]) => simulateShard(prepared, a, b)));
    const binned = mergeShards(prepared, splitPaths(n, 2).map(([a, b]) => simulateShardBinned(prepared, a, b)));
    const { zeroBelow } = binLayout(binScale(prepared.kernel));
    // |q̂ − q| ≤ 2^−12·|q| + zeroBelow (binned.ts); losses are binned as float32 (a further 2^−24 relative).
    const bound = (q: number) => RELATIVE_ERROR * Math.abs(q) * (1 + 2 ** -11) + zeroBelow;
    let worst = 0;
    for (const key of ['p5', 'p25', 'p50', 'p75', 'p95'] as const)
      exact.phaseTwo[key].forEach((q, t) => {
        const err = Math.abs(binned.phaseTwo[key][t]! - q);
        expect(err, `${key} week ${t}`).toBeLessThanOrEqual(bound(q));
        worst = Math.max(worst, err / Math.abs(q));
      });
    for (const key of ['var95', 'var99', 'es975'] as const) {
      const q = exact.phaseOne[key];
      expect(Math.abs(binned.phaseOne[key] - q), key).toBeLessThanOrEqual(bound(q));
    }
    // The bins do change figures: were they exact, this test could not fail.
    expect(worst).toBeGreaterThan(RELATIVE_ERROR / 20);
    // Means and counts are the same statistics summed in another order: equal to rounding.
    expect(binned.phaseOne.meanLoss).toBeCloseTo(exact.phaseOne.meanLoss, 6);
    expect(binned.phaseOne.marginCall.probability).toBe(exact.phaseOne.marginCall.probability);
    expect(binned.phaseTwo.recoveryProbability).toEqual(exact.phaseTwo.recoveryProbability);
    const { lockedLoss, ...call } = binned.phaseTwo.marginCall!;
    expect(call).toEqual({ ...exact.phaseTwo.marginCall, lockedLoss: undefined });
    expect(call.probability).toBeGreaterThan(0.1);
    expect(lockedLoss).toBeCloseTo(exact.phaseTwo.marginCall!.lockedLoss, 6);
    expect(binned.phaseTwo.income!.mean).toBeCloseTo(exact.phaseTwo.income!.mean, 6);
    expect(binned.phaseOne.byHolding).toEqual(exact.phaseOne.byHolding);
    const total = (h: { counts: number[] }) => h.counts.reduce((a, c) => a + c, 0);
    expect(binned.phaseOne.lossHistogram.edges).toEqual(exact.phaseOne.lossHistogram.edges);
    expect(total(binned.phaseOne.lossHistogram)).toBe(n);
    expect(binned.phaseTwo.endHistogram.edges).toEqual(exact.phaseTwo.endHistogram.edges);
    binned.phaseTwo.endHistogram.counts.forEach((c, i) => expect(Math.abs(c - exact.phaseTwo.endHistogram.counts[i]!)).toBeLessThanOrEqual(n / 1000));
  });

  it('are bit-identical for 1, 2 and 5 shards in any order', () => {
    const prepared = prepare(3_000);
    const run = (k: number) => JSON.stringify(mergeShards(prepared, splitPaths(3_000, k).reverse().map(([a, b]) => simulateShardBinned(prepared, a, b))));
    const one = run(1);
    expect(run(2)).toBe(one);
    expect(run(5)).toBe(one);
  });

  it('runScenario above the limit runs binned, and its means match the exact run of the same paths', () => {
    const paths = EXACT_PATHS_LIMIT + 64;
    const input = makeInput(book(), makeScenario({ shocks: { AI_EQ: -0.2 }, paths, seed: 3, horizonWeeks: 4 }));
    const result = runScenario(input, { shards: 2 });
    expect(result.meta.statistics).toBe('binned');
    const prepared = prepareRun(input);
    const exact = mergeShards(prepared, [simulateShard(prepared, 0, paths)]);
    expect(result.phaseOne.meanLoss).toBeCloseTo(exact.phaseOne.meanLoss, 6);
  });
});
