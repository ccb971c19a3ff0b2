import { describe, expect, it } from 'vitest';
import { FACTORS, Scenario } from '../domain/scenario';
import { makeScenario } from '../engine/fixtures';

describe('Scenario schema (shared/domain/scenario.ts)', () => {
  it('accepts a versioned scenario with built-in or custom regimes', () => {
    expect(Scenario.parse(makeScenario())).toMatchObject({ version: 1, phaseTwo: { regime: 'ease' } });
    const custom = makeScenario({ regime: { custom: { BTC: { retrace: 1.5, lagWeeks: 2, halfLifeWeeks: 8 } } } });
    expect(Scenario.safeParse(custom).success).toBe(true);
    expect(FACTORS).toHaveLength(11);
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
