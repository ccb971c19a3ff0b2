import { describe, expect, it } from 'vitest';
import { FACTORS, Scenario } from '../domain/scenario';
import { makeScenario } from '../engine/fixtures';

describe('Scenario schema (shared/domain/scenario.ts)', () => {
  it('accepts a versioned scenario with built-in or custom regimes', () => {
    expect(Scenario.parse(makeScenario())).toMatchObject({ version: 1, phaseTwo: { regime: 'ease' } });
    const custom = makeScenario({ regime: { custom: { BTC: { retrace: 1.5, lagWeeks: 2, halfLifeWeeks: 8 } } } });
    expect(Scenario.safeParse(custom).success).toBe(true);
    expect(FACTORS).toHaveLength(19);
  });

  it('reads a scenario saved before the regional and currency factors: shocks and custom regimes may leave them out', () => {
    // An 11-factor custom regime, as the carry-unwind scenario had it: the new factors are simply absent.
    const custom = Object.fromEntries(FACTORS.slice(0, 11).map((f) => [f, { retrace: 1, lagWeeks: 0, halfLifeWeeks: 0.25 }]));
    const old = { ...makeScenario({ shocks: { BTC: -0.15 } }), phaseTwo: { regime: { custom }, horizonWeeks: 52 } };
    expect(Scenario.parse(old).phaseTwo.regime).toEqual({ custom });
    // New factors are shocked like the old ones.
    expect(Scenario.safeParse(makeScenario({ shocks: { EQ_CN: -0.2, FX_EUR: -0.1 } })).success).toBe(true);
    expect(Scenario.safeParse(makeScenario({ shocks: { FX_JPY: -1.5 } })).success).toBe(false); // a currency cannot lose more than all its value
  });

  it('rejects impossible or unversioned input', () => {
    const ok = makeScenario();
    const bad = (patch: object): boolean => !Scenario.safeParse({ ...ok, ...patch }).success;
    expect(bad({ version: 2 })).toBe(true);
    expect(bad({ phaseOne: { shocks: { BTC: -1.2 }, horizonWeeks: 4 } })).toBe(true); // a price cannot fall 120 %
    expect(bad({ phaseOne: { shocks: { HY: 1500 }, horizonWeeks: 4 } })).toBe(false); // spreads are in bp
    expect(bad({ phaseOne: { shocks: { NOPE: 1 }, horizonWeeks: 4 } })).toBe(true);
    expect(bad({ correlationConvergence: 1.5 })).toBe(true);
    expect(bad({ phaseTwo: { regime: 'panic', horizonWeeks: 52 } })).toBe(true);
    expect(bad({ run: { paths: -1, seed: 1 } })).toBe(true);
    expect(bad({ liquidity: { participation: 0, impactY: 1, cashNeed: null } })).toBe(true);
  });
});
