import { describe, expect, it } from 'vitest';
import type { Holding } from '../domain/holding';
import { makeHolding } from '../domain/make-holding';
import { applyOverrides } from './apply-overrides';

const qqq: Holding = makeHolding('Z|QQQ', 17_961, [{ tag: 'equity', weight: 1 }], {
  symbol: 'QQQ',
  name: 'INVESCO QQQ TR UNIT SER 1',
  account: 'Z',
  quantity: 30,
  price: 598.7,
  exposures: [{ tag: 'equity', weight: 1, source: { kind: 'rule', detail: 'symbol table' } }],
  line: 8,
});

describe('applyOverrides', () => {
  it('puts the override on, keeps the automatic tags, and takes it off again', () => {
    const [on] = applyOverrides([qqq], { QQQ: [{ tag: 'ai_equity', weight: 0.6 }, { tag: 'equity', weight: 0.4 }] });
    expect(on?.exposures).toEqual([
      { tag: 'ai_equity', weight: 0.6, source: { kind: 'user' } },
      { tag: 'equity', weight: 0.4, source: { kind: 'user' } },
    ]);
    expect(on?.autoExposures).toEqual(qqq.exposures);
    const [off] = applyOverrides([on!], {});
    expect(off).toEqual(qqq);
  });

  it('leaves other symbols untouched (same object)', () => {
    const [same] = applyOverrides([qqq], { NVDA: [{ tag: 'ai_equity', weight: 1 }] });
    expect(same).toBe(qqq);
  });

  it('ignores an invalid override (weights not summing to 1)', () => {
    const [same] = applyOverrides([qqq], { QQQ: [{ tag: 'btc', weight: 0.3 }] });
    expect(same).toBe(qqq);
  });
});
