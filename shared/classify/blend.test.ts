import { describe, expect, it } from 'vitest';
import { checkWeights, parseBlend } from './blend';

describe('parseBlend', () => {
  it.each([
    ['btc:0.8;equity:0.2', [{ tag: 'btc', weight: 0.8 }, { tag: 'equity', weight: 0.2 }]],
    ['miner_debt', [{ tag: 'miner_debt', weight: 1 }]],
    [' Private-Credit ', [{ tag: 'private_credit', weight: 1 }]],
    ['btc=80% | equity=20%', [{ tag: 'btc', weight: 0.8 }, { tag: 'equity', weight: 0.2 }]],
    ['btc:0.7, equity:0.2, cash:0.1', [{ tag: 'btc', weight: 0.7 }, { tag: 'equity', weight: 0.2 }, { tag: 'cash', weight: 0.1 }]],
  ])('reads %j', (text, weights) => {
    expect(parseBlend(text)).toEqual({ ok: true, weights });
  });

  it.each([
    ['', 'empty'],
    ['gold', 'unknown-tag'],
    ['btc;equity', 'bad-weight'],
    ['btc:abc', 'bad-weight'],
    ['btc:0.5;btc:0.5', 'duplicate-tag'],
    ['btc:0.5;equity:0.2', 'sum'],
    ['btc:1.2', 'bad-weight'],
  ])('refuses %j (%s)', (text, problem) => {
    const result = parseBlend(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problem).toBe(problem);
  });
});

describe('checkWeights', () => {
  it('accepts weights that sum to 1 within rounding', () => {
    expect(checkWeights([{ tag: 'btc', weight: 1 / 3 }, { tag: 'equity', weight: 2 / 3 }]).ok).toBe(true);
  });
  it('refuses zero, negative and empty', () => {
    expect(checkWeights([]).ok).toBe(false);
    expect(checkWeights([{ tag: 'btc', weight: 0 }, { tag: 'equity', weight: 1 }]).ok).toBe(false);
    expect(checkWeights([{ tag: 'btc', weight: -0.5 }, { tag: 'equity', weight: 1.5 }]).ok).toBe(false);
  });
});
