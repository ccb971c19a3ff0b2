import { describe, expect, it } from 'vitest';
import { FACTORS, ORIGINAL_FACTOR_COUNT } from '../domain/scenario';
import { makeHolding, makeInput, makeScenario } from './fixtures';
import { runScenario } from './run';
import { RunResult } from './run-result';

describe('RunResult schema', () => {
  it('reads a run saved before the regional and currency factors existed: their moves read as 0', () => {
    const r = runScenario(makeInput([makeHolding('NVDA', 10_000, 'ai_equity')], makeScenario({ shocks: { AI_EQ: -0.3 } })));
    const saved = JSON.parse(JSON.stringify(r)) as { phaseOne: { factors: Record<string, number> } };
    // What an 11-factor run wrote: the first eleven factors only.
    for (const f of FACTORS.slice(ORIGINAL_FACTOR_COUNT)) delete saved.phaseOne.factors[f];
    expect(Object.keys(saved.phaseOne.factors)).toHaveLength(11);
    const read = RunResult.parse(saved);
    expect(Object.keys(read.phaseOne.factors)).toEqual([...FACTORS]);
    expect(read.phaseOne.factors.AI_EQ).toBe(-0.3);
    expect(read.phaseOne.factors.EQ).toBe(r.phaseOne.factors.EQ);
    expect(read.phaseOne.factors.EQ_CN).toBe(0);
    expect(read.phaseOne.factors.FX_GBP).toBe(0);
    // A move that is there is not replaced by the default.
    expect(RunResult.parse(r).phaseOne.factors.EQ_CN).toBe(r.phaseOne.factors.EQ_CN);
    expect(r.phaseOne.factors.EQ_CN).toBeLessThan(0);
  });
});
