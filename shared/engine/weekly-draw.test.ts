import { describe, expect, it } from 'vitest';
import { FACTOR_COUNT } from '../model/covariance';
import { makeHolding, makeInput, makeScenario } from './fixtures';
import { IS_FRACTION } from './kernel';
import { prepareRun } from './prepare';
import { BATCH, type Runtime } from './runtime';
import { runtimeOf } from './simulate';
import { weeklyDraw, weeklyDrawSource } from './weekly-draw';

/** The two loops weekly-draw.ts replaces, as simulate-batch.ts had them: row by row, then the factor update. */
function reference(rt: Runtime, Wb: Float64Array, fb: Float64Array, t: number, count: number): void {
  const { nUsed, usedIdx, weeklyChol, zb, f1b, multipliers } = rt;
  for (let j = 0; j < nUsed; j++)
    for (let k = 0; k <= j; k++) {
      const c = weeklyChol[j * nUsed + k]!;
      if (c === 0) continue;
      const zo = ((t - 1) * nUsed + k) * BATCH;
      for (let p = 0; p < count; p++) Wb[j * BATCH + p] = Wb[j * BATCH + p]! + c * zb[zo + p]!;
    }
  for (let j = 0; j < nUsed; j++) {
    const k = usedIdx[j]!;
    const a = multipliers[t * FACTOR_COUNT + k]!;
    const da = rt.multipliersNegDelta[t * FACTOR_COUNT + k]!;
    for (let p = 0; p < count; p++) {
      const f1 = f1b[k * BATCH + p]!;
      const v = rt.signDependent[k] === 1 ? f1 * a + Math.min(f1, 0) * da + Wb[j * BATCH + p]! : f1 * a + Wb[j * BATCH + p]!;
      fb[k * BATCH + p] = IS_FRACTION[k] === 1 && v < -1 ? -1 : v;
    }
  }
}

describe('the fused weekly draw', () => {
  const book = [
    makeHolding('NVDA', 40_000, 'ai_equity'),
    makeHolding('IBIT', 25_000, 'btc'),
    makeHolding('HYG', 10_000, 'credit'),
    makeHolding('BCRED', 20_000, 'private_credit', { securityType: 'non-traded BDC' }),
  ];
  for (const regime of ['ease', 'no-ease'] as const)
    it(`gives the loops' bits, week after week (${regime})`, () => {
      const rt = runtimeOf(prepareRun(makeInput(book, makeScenario({ shocks: { AI_EQ: -0.5, BTC: -0.6 }, regime, paths: 100, horizonWeeks: 8 }))));
      let seed = 1;
      const rand = () => ((seed = (seed * 16807) % 2147483647) / 2147483647) * 4 - 2;
      rt.zb.forEach((_, i) => (rt.zb[i] = rand()));
      // Phase-one moves beyond −1 and W large enough that some fractions floor.
      rt.f1b.forEach((_, i) => (rt.f1b[i] = rand() * 0.8));
      const W1 = Float64Array.from(rt.Wb, () => rand());
      const W2 = W1.slice();
      const f1 = new Float64Array(rt.fb.length);
      const f2 = new Float64Array(rt.fb.length);
      // A regime whose retrace differs after a fall, on the first factor used (none of the built-ins has one here).
      rt.signDependent[rt.usedIdx[0]!] = 1;
      rt.multipliersNegDelta.forEach((_, i) => (rt.multipliersNegDelta[i] = rand() * 0.1));
      const fused = weeklyDraw(rt);
      for (let t = 1; t <= 8; t++) {
        reference(rt, W1, f1, t, 50);
        fused(rt.zb, W2, f2, rt.f1b, rt.multipliers, rt.multipliersNegDelta, t, 50);
        expect(new Uint8Array(W2.buffer)).toEqual(new Uint8Array(W1.buffer));
        expect(new Uint8Array(f2.buffer)).toEqual(new Uint8Array(f1.buffer));
      }
      expect(f1.some((v) => v === -1), 'some fraction floored at −1').toBe(true);
    });

  it('writes the non-zero Cholesky entries as literals, and nothing for the zero ones', () => {
    const rt = { nUsed: 2, usedIdx: Int32Array.of(0, 3), weeklyChol: Float64Array.of(0.5, 0, 0, -0.25), signDependent: new Uint8Array(FACTOR_COUNT) };
    const src = weeklyDrawSource(rt);
    expect(src).toContain('w0 = w0 + (0.5) * z0;');
    expect(src).toContain('w1 = w1 + (-0.25) * z1;');
    expect(src).not.toContain('* z0;\n  w1');
    expect(src.match(/ \* z/g)).toHaveLength(2);
  });
});
