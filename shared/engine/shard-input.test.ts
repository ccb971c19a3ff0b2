import { describe, expect, it } from 'vitest';
import { makeHolding, makeInput, makeScenario } from './fixtures';
import { prepareRun } from './prepare';
import { shardInput, simulateShard } from './simulate';

describe('what a worker is sent', () => {
  it('is the kernel, the path count and the credit groups, and simulates to the same bits as the whole prepared run', () => {
    const holdings = [
      makeHolding('NVDA', 60_000, 'ai_equity'),
      makeHolding('MARA 2031', 20_000, 'miner_debt'),
      makeHolding('TLT', 15_000, 'govt'),
      makeHolding('LOAN', -30_000, 'cash', { name: 'Margin loan' }),
    ];
    const prepared = prepareRun(makeInput(holdings, makeScenario({ shocks: { AI_EQ: -0.3, BTC: -0.4 }, paths: 1_000, seed: 4 })));
    const part = shardInput(prepared);
    expect(Object.keys(part).sort()).toEqual(['creditMembers', 'kernel', 'meta', 'version']);
    // A fresh copy as a worker receives it (structured clone), against the original object.
    const whole = simulateShard(prepared, 0, 1_000);
    const sent = simulateShard(structuredClone(part), 0, 1_000);
    for (const key of Object.keys(whole) as (keyof typeof whole)[]) expect(sent[key], key).toEqual(whole[key]);
    expect(JSON.stringify(part).length).toBeLessThan(JSON.stringify(prepared).length);
  });
});
