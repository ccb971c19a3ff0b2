import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ExposureTag } from '../domain/exposure';
import { makeHolding, makeInput, makeScenario , PRICE_ONLY_RESOURCES } from './fixtures';
import { mergeShards } from './merge';
import { prepareRun } from './prepare';
import { runScenario, splitPaths } from './run';
import { RunResult } from './run-result';
import { RunCancelled, simulateShard } from './simulate';

/** A small book with every instrument kind, a margin loan and a non-traded fund. */
const mixedBook = () => [
  makeHolding('NVDA', 40_000, 'ai_equity', { advValue: 3e10 }),
  makeHolding('SPY', 30_000, 'equity', { advValue: 4e10 }),
  makeHolding('IBIT', 25_000, 'btc', { advValue: 3e9 }),
  makeHolding('MSTR', 10_000, [{ tag: 'btc', weight: 0.8 }, { tag: 'equity', weight: 0.2 }], { advValue: 4e9 }),
  makeHolding('MARA', 12_000, 'miner_equity', { advValue: 8e8 }),
  makeHolding('MARA 2031', 15_000, 'miner_debt'),
  makeHolding('CRWV 2030', 15_000, 'ai_infra_debt'),
  makeHolding('ARCC', 10_000, 'private_credit', { advValue: 1.2e8 }),
  makeHolding('BCRED', 20_000, 'private_credit', { securityType: 'non-traded BDC' }),
  makeHolding('HYG', 10_000, 'credit'),
  makeHolding('TLT', 10_000, 'govt', { advValue: 2e9 }),
  makeHolding('ETH', 5_000, 'crypto_other'),
  makeHolding('USD', 8_000, 'cash'),
  makeHolding('LOAN', -60_000, 'cash'),
];
const stress = { shocks: { AI_EQ: -0.35, BTC: -0.45, HY: 250 } };

function sharded(paths: number, shards: number, seed = 7): RunResult {
  const prepared = prepareRun(makeInput(mixedBook(), makeScenario({ ...stress, regime: 'no-ease', paths, seed, horizonWeeks: 26 })));
  // Shards are simulated out of order on purpose.
  const parts = splitPaths(paths, shards).reverse().map(([a, b]) => simulateShard(prepared, a, b));
  return mergeShards(prepared, parts);
}

describe('phase one, deterministic (paths = 0)', () => {
  it('NVDA 100 @ 100 under AI_EQ −30 % loses exactly 3,000; cash loses 0 (hand-computed)', () => {
    // value 100 × 100 = 10,000; ai_equity loads 1.0 on AI_EQ; r = −0.30 → loss = 10,000 × 0.30 = 3,000
    const nvda = makeHolding('NVDA', 10_000, 'ai_equity', { quantity: 100, price: 100 });
    const r = runScenario(makeInput([nvda, makeHolding('USD', 5_000, 'cash')], makeScenario({ shocks: { AI_EQ: -0.3 } })));
    expect(r.phaseOne.byHolding).toEqual([
      { holdingId: 'NVDA', symbol: 'NVDA', account: 'Test', value: 10_000, loss: 3_000, forcedSaleCost: 0 },
      { holdingId: 'USD', symbol: 'USD', account: 'Test', value: 5_000, loss: 0, forcedSaleCost: 0 },
    ]);
    expect(r.phaseOne.attribution).toBe('meanPath');
    expect(r.phaseOne.meanLoss).toBe(3_000);
    expect(r.phaseOne.byExposure).toEqual({ ai_equity: 3_000, cash: 0 });
    expect(r.phaseOne.startValue).toBe(15_000);
    expect(r.phaseOne.meanLossPct).toBe(0.2);
    expect([r.phaseOne.var95, r.phaseOne.var99, r.phaseOne.es975]).toEqual([3_000, 3_000, 3_000]);
    expect(r.phaseOne.factors.AI_EQ).toBe(-0.3);
    expect(r.phaseTwo.p5).toEqual(r.phaseTwo.p95);
    expect(() => RunResult.parse(r)).not.toThrow();
  });

  it('phase-two mean path at the lag, lag + half-life and long after (hand-computed)', () => {
    // AI_EQ −30 %, custom regime ρ = 0.8, lag 4, half-life 6: value = 10,000·(1 + m(t)),
    // m(4) = −0.30 → 7,000; m(10) = −0.30·(1 − 0.8·½) = −0.18 → 8,200; m(52) = −0.30·(1 − 0.8·(1 − 2^{−8})) ≈ −0.06094
    const scenario = makeScenario({ shocks: { AI_EQ: -0.3 }, regime: { custom: { AI_EQ: { retrace: 0.8, lagWeeks: 4, halfLifeWeeks: 6 } } } });
    // Prices only (no dividends accrue): the hand computation is of the price path.
    const r = runScenario(makeInput([makeHolding('NVDA', 10_000, 'ai_equity')], scenario, undefined, PRICE_ONLY_RESOURCES));
    const p50 = r.phaseTwo.p50;
    expect(p50[0]).toBeCloseTo(7_000, 9);
    expect(p50[4]).toBeCloseTo(7_000, 9);
    expect(p50[10]).toBeCloseTo(8_200, 9);
    expect(p50[52]).toBeCloseTo(10_000 * (1 - 0.3 * (1 - 0.8 * (1 - 2 ** -8))), 9);
    expect(r.phaseTwo.medianWeeksToRecover).toBeNull();
    expect(r.phaseTwo.recoveryProbability.every((p) => p === 0)).toBe(true);
  });

  it('a larger shock to a long-only linear book never loses less (property)', () => {
    const tags: ExposureTag[] = ['ai_equity', 'equity', 'btc', 'crypto_other', 'miner_equity'];
    const book = fc.array(fc.tuple(fc.constantFrom(...tags), fc.integer({ min: 1, max: 1_000_000 })), { minLength: 1, maxLength: 8 });
    const shock = fc.double({ min: -1, max: 0, noNaN: true });
    fc.assert(
      fc.property(book, shock, shock, fc.double({ min: 0, max: 1, noNaN: true }), (rows, a, b, lambda) => {
        const holdings = rows.map(([tag, v], i) => makeHolding(`H${i}`, v, tag));
        const loss = (s: number): number =>
          runScenario(makeInput(holdings, makeScenario({ shocks: { AI_EQ: s, BTC: s }, correlationConvergence: lambda }))).phaseOne.meanLoss;
        const [small, large] = a > b ? [a, b] : [b, a];
        expect(loss(large)).toBeGreaterThanOrEqual(loss(small) - 1e-9 * Math.abs(loss(small)));
      }),
      { numRuns: 60 },
    );
  });
});

describe('Monte Carlo', () => {
  it('the same seed gives identical JSON with 1, 2 and 4 shards (property over seeds and path counts)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 40 }), fc.integer({ min: 1, max: 300 }), (seed, paths) => {
        const one = JSON.stringify(sharded(paths, 1, seed));
        expect(JSON.stringify(sharded(paths, 2, seed))).toBe(one);
        expect(JSON.stringify(sharded(paths, 4, seed))).toBe(one);
      }),
      { numRuns: 8 },
    );
  });

  it('PreparedRun survives JSON (what a worker receives): shards from a JSON copy, split on a block boundary, merge to the same result', () => {
    const prepared = prepareRun(makeInput(mixedBook(), makeScenario({ ...stress, paths: 150, seed: 5 })));
    const copy = JSON.parse(JSON.stringify(prepared)) as typeof prepared;
    const direct = mergeShards(prepared, [simulateShard(prepared, 0, 150)]);
    const viaCopy = mergeShards(prepared, [simulateShard(copy, 0, 64, { sharedMemory: true }), simulateShard(copy, 64, 150)]);
    expect(JSON.stringify(viaCopy)).toBe(JSON.stringify(direct));
  });

  it('same seed → identical results; different seed → different', () => {
    const input = (seed: number) => makeInput(mixedBook(), makeScenario({ ...stress, paths: 400, seed }));
    const a = JSON.stringify(runScenario(input(1)));
    expect(JSON.stringify(runScenario(input(1)))).toBe(a);
    expect(JSON.stringify(runScenario(input(2)))).not.toBe(a);
  });

  it('probabilities stay in [0, 1] and recovery odds never fall (property over scenario knobs)', () => {
    const inUnit = (p: number): boolean => p >= 0 && p <= 1;
    fc.assert(
      fc.property(
        fc.double({ min: -0.9, max: 0, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.constantFrom('ease' as const, 'no-ease' as const),
        fc.integer({ min: 0, max: 1000 }),
        (shock, lambda, dispersion, regime, seed) => {
          const r = runScenario(
            makeInput(mixedBook(), makeScenario({ shocks: { BTC: shock, GPU_RENT: shock }, correlationConvergence: lambda, severityDispersion: dispersion, regime, paths: 64, seed, horizonWeeks: 20 })),
          );
          const p = r.phaseTwo.recoveryProbability;
          expect(p.every(inUnit)).toBe(true);
          expect(p.every((v, t) => t === 0 || v >= p[t - 1]!)).toBe(true);
          expect(r.phaseTwo.defaults.byHolding.every((d) => inUnit(d.probability))).toBe(true);
          expect(inUnit(r.phaseOne.marginCall.probability)).toBe(true);
          expect(r.phaseOne.var99).toBeGreaterThanOrEqual(r.phaseOne.var95);
          expect(r.phaseOne.es975).toBeGreaterThanOrEqual(r.phaseOne.var95);
        },
      ),
      { numRuns: 12 },
    );
  });

  it('agrees with the deterministic mean path when there is no randomness', () => {
    const quiet = (paths: number) => {
      const input = makeInput(mixedBook(), makeScenario({ ...stress, paths, severityDispersion: 0, regime: 'no-ease' }));
      const fm = input.resources.factorModel;
      const factors = Object.fromEntries(Object.entries(fm.factors).map(([k, v]) => [k, { ...v, volAnnual: v.volAnnual * 1e-9 }]));
      const tags = Object.fromEntries(
        Object.entries(input.resources.instrumentDefaults.tags).map(([k, v]) => [k, { ...v, params: { ...v.params, idioVolAnnual: 0 } }]),
      );
      return runScenario({
        ...input,
        resources: { ...input.resources, factorModel: { ...fm, factors: factors as typeof fm.factors }, instrumentDefaults: { ...input.resources.instrumentDefaults, tags: tags as typeof input.resources.instrumentDefaults.tags } },
      });
    };
    const mc = quiet(50);
    const det = quiet(0);
    expect(mc.phaseOne.meanLoss).toBeCloseTo(det.phaseOne.meanLoss, 2);
    mc.phaseTwo.p50.forEach((v, t) => expect(v / det.phaseTwo.p50[t]! - 1).toBeLessThan(1e-6));
    expect(mc.phaseTwo.defaults.expected).toBeCloseTo(det.phaseTwo.defaults.expected, 5);
  });

  it('reports progress and can be cancelled between batches', () => {
    const prepared = prepareRun(makeInput(mixedBook(), makeScenario({ ...stress, paths: 5_000 })));
    const seen: number[] = [];
    simulateShard(prepared, 0, 3_000, { onProgress: (done) => seen.push(done), checkEvery: 1_000 });
    expect(seen.at(-1)).toBe(3_000);
    expect(seen.length).toBeGreaterThanOrEqual(3);
    let polls = 0;
    expect(() => simulateShard(prepared, 0, 5_000, { shouldCancel: () => ++polls >= 2, checkEvery: 500 })).toThrow(RunCancelled);
    expect(() => simulateShard(prepared, 10, 5_001)).toThrow(RangeError);
    expect(() => mergeShards(prepared, [simulateShard(prepared, 0, 100)])).toThrow(/cover/);
  });
});
