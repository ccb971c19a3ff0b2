import { describe, expect, it } from 'vitest';
import { readYield } from './build-holding';
import { runImport } from './run-import';

const run = (text: string) => runImport(new TextEncoder().encode(text), { fileName: 'test.csv' });

describe('the yield column', () => {
  it('is read as a percentage a year, with or without the sign', () => {
    expect(readYield('2.5', '.')).toBeCloseTo(0.025, 15);
    expect(readYield('2.5%', '.')).toBeCloseTo(0.025, 15);
    expect(readYield('2,5 %', ',')).toBeCloseTo(0.025, 15);
    expect(readYield('', '.')).toBeNull();
    expect(readYield(undefined, '.')).toBeNull();
    expect(readYield('abc', '.')).toBe('invalid');
    expect(readYield('-1', '.')).toBe('invalid');
    expect(readYield('250', '.')).toBe('invalid');
  });

  it('gives each holding its income yield; a bad cell is ignored with a remark naming the column', () => {
    const out = run('symbol,quantity,price,Div Yield\nKO,10,60,3.1\nNVDA,1,180,\nT,5,20,n.a.x\n');
    if (!out.ok) throw new Error(out.reason);
    expect(out.holdings.map((h) => h.incomeYield)).toEqual([expect.closeTo(0.031, 15), undefined, undefined]);
    const remark = out.issues.find((i) => i.key === 'import.msg.yieldNotNumber');
    expect(remark).toMatchObject({ line: 4, severity: 'warning', value: 'n.a.x' });
    expect(remark?.column).toEqual({ name: 'Div Yield', number: 4 });
  });

  it('a file without one imports as before (no incomeYield field)', () => {
    const out = run('symbol,quantity,price\nKO,10,60\n');
    if (!out.ok) throw new Error(out.reason);
    expect('incomeYield' in out.holdings[0]!).toBe(false);
  });
});
