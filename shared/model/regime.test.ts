import { describe, expect, it } from 'vitest';
import { FACTORS } from '../domain/scenario';
import { DEFAULT_RESOURCES } from './default-resources';
import { meanPathMultiplier, meanPathMultiplierFor, meanPathMultipliers, resolveRegime } from './regime';

describe('phase-two mean path m(t) = s·[1 − ρ·(1 − 2^{−(t−lag)/half_life})]', () => {
  const r = { retrace: 0.8, lagWeeks: 4, halfLifeWeeks: 6 };
  const s = -0.3;
  it('holds the shock until the lag, is half-way at lag + half-life, tends to s·(1 − ρ)', () => {
    // before and at the lag: m = s = −0.30
    expect(s * meanPathMultiplier(r, 0)).toBe(-0.3);
    expect(s * meanPathMultiplier(r, 4)).toBe(-0.3);
    // lag + half-life (t = 10): 2^{−1} = ½ → m = −0.3·(1 − 0.8·0.5) = −0.18
    expect(s * meanPathMultiplier(r, 10)).toBeCloseTo(-0.18, 15);
    // long after: m → −0.3·(1 − 0.8) = −0.06
    expect(s * meanPathMultiplier(r, 10_000)).toBeCloseTo(-0.06, 15);
  });

  it('overshoots when ρ > 1 and keeps falling when ρ < 0', () => {
    expect(meanPathMultiplier({ retrace: 1.2, lagWeeks: 0, halfLifeWeeks: 4 }, 1000)).toBeCloseTo(-0.2, 12);
    expect(meanPathMultiplier({ retrace: -1.6, lagWeeks: 0, halfLifeWeeks: 30 }, 1e6)).toBeCloseTo(2.6, 12);
  });

  it('built-in regimes match their calibration notes', () => {
    const ease = resolveRegime('ease', DEFAULT_RESOURCES.regimes);
    const noEase = resolveRegime('no-ease', DEFAULT_RESOURCES.regimes);
    // ease: ~92 % of an AI-equity drop recovered 11 weeks in (Nasdaq record ~11 weeks after the March 2020 low)
    expect(1 - meanPathMultiplier(ease.AI_EQ, 11)).toBeCloseTo(0.921, 3);
    // ease: BTC back at the pre-shock level after ~10 weeks, then above it
    expect(meanPathMultiplier(ease.BTC, 10)).toBeGreaterThan(0);
    expect(meanPathMultiplier(ease.BTC, 11)).toBeLessThan(0);
    // no-ease, fitted to the AI bust's shocks: AI equity −40 % grinds to −78 % (Nasdaq 2000–02, ~31 months), BTC −48 %
    // to −77 % (2021–22, ~12 months); at week 52 AI equity is partway (−40 %·(1 + 0.95·(1 − 2^{−52/30})) ≈ −66.6 %)
    // and BTC nearly there (−48 %·(1 + 0.6·(1 − 2^{−4})) = −75 %)
    expect(-0.4 * meanPathMultiplier(noEase.AI_EQ, 1e6)).toBeCloseTo(-0.78, 12);
    expect(-0.4 * meanPathMultiplier(noEase.AI_EQ, 52)).toBeCloseTo(-0.4 * (1 + 0.95 * (1 - 2 ** (-52 / 30))), 12);
    expect(-0.4 * meanPathMultiplier(noEase.AI_EQ, 52)).toBeGreaterThan(-0.7);
    expect(-0.4 * meanPathMultiplier(noEase.AI_EQ, 13 + 122)).toBeLessThan(-0.75);
    expect(-0.48 * meanPathMultiplier(noEase.BTC, 1e6)).toBeCloseTo(-0.768, 12);
    expect(-0.48 * meanPathMultiplier(noEase.BTC, 52)).toBeCloseTo(-0.75, 12);
    // other crypto: the AI bust's conditional ALT move of about −75 % ends near −90 %, not below −100 %
    expect(-0.75 * meanPathMultiplier(noEase.ALT, 1e6)).toBeCloseTo(-0.9, 12);
    // no-ease: GPU rents never come back
    expect(meanPathMultiplier(noEase.GPU_RENT, 52)).toBeGreaterThan(1);
  });

  it('ease: yields fall after either sign of rate move (retraceIfNegative)', () => {
    const ease = resolveRegime('ease', DEFAULT_RESOURCES.regimes);
    // after a rise of 45 bp (the AI bust's conditional move) yields end 45 bp below the pre-shock level
    expect(45 * meanPathMultiplierFor(ease.RATE, 45, 1e6)).toBeCloseTo(-45, 9);
    // after a fall of 32 bp (March 2020's conditional move) they stay down instead of ending 32 bp above
    expect(-32 * meanPathMultiplierFor(ease.RATE, -32, 52)).toBe(-32);
    // the multiplier tables: a[t·F + k] for either sign (F = 19 factors, RATE is k = 6)
    const F = FACTORS.length;
    const up = meanPathMultipliers(ease, 52);
    const down = meanPathMultipliers(ease, 52, true);
    expect(up[52 * F + 6]).toBeCloseTo(meanPathMultiplier(ease.RATE, 52), 15);
    expect(down[52 * F + 6]).toBe(1);
    // every other factor is the same for both signs
    for (let k = 0; k < F; k++) if (k !== 6) expect(down[52 * F + k]).toBe(up[52 * F + k]);
  });

  it('custom regimes: factors left out hold at the shock', () => {
    const custom = resolveRegime({ custom: { BTC: { retrace: 1, lagWeeks: 0, halfLifeWeeks: 1 } } }, DEFAULT_RESOURCES.regimes);
    const a = meanPathMultipliers(custom, 3);
    const F = FACTORS.length;
    // BTC (k = 2) at week 3 with half-life 1: 1 − (1 − 2^{−3}) = 0.125; AI_EQ and the yen, left out, hold at 1
    expect(a[3 * F + 2]).toBeCloseTo(0.125, 15);
    expect(a[3 * F + 0]).toBe(1);
    expect(a[3 * F + FACTORS.indexOf('FX_JPY')]).toBe(1);
  });
});
