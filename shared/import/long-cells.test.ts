import { describe, expect, it } from 'vitest';
import { DEFAULT_RESOURCES } from '../model/default-resources';
import { fitHistory } from '../model/fit/fit-history';
import { importHoldings } from './index';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('a 1 MB cell or header in a message', () => {
  it('is quoted clipped in the sentence and kept whole as the issue value', () => {
    const cell = 'x'.repeat(1_000_000);
    const out = importHoldings(bytes(`symbol,name,quantity,price,currency\nNVDA,NVIDIA,${cell},182.4,USD\nAMD,AMD,10,241,USD\n`), { fileName: 'long.csv' });
    expect(out.ok).toBe(true);
    if (!out.ok) return;
    const issue = out.issues.find((i) => i.line === 2)!;
    // 'The quantity "' + 80 x + '…' + 30 x + '" is not a number; the row was not imported.'
    expect(issue.message).toBe(`The quantity "${'x'.repeat(80)}…${'x'.repeat(30)}" is not a number; the row was not imported.`);
    expect(issue.value).toBe(cell);
  });
  it('lists the first 30 of 900 columns and says how many more', () => {
    const header = `account,symbol,name,${'1,'.repeat(896)}1`;
    const out = importHoldings(bytes(`${header}\nBrokerage,NVDA,NVIDIA Corp,120\n`), { fileName: 'wide.csv' });
    expect(out.ok).toBe(false);
    if (out.ok) return;
    // 900 columns: account, symbol, name and 897 "1"s; 30 listed, 870 more.
    expect(out.reason).toBe(`No column gives a quantity or a market value. Columns found: account, symbol, name, ${Array(27).fill('1').join(', ')} and 870 more.`);
    expect(out.columns).toHaveLength(900);
  });
  it('refuses a header of 525,001 columns (no column mapping of half a million choices) with the line and the count', () => {
    const header = `account,symbol,name,${'1,'.repeat(524_997)}1`;
    const out = importHoldings(bytes(`${header}\nBrokerage,NVDA,NVIDIA Corp,120\n`), { fileName: 'wide.csv' });
    expect(out.ok).toBe(false);
    if (out.ok) return;
    expect(out.reason).toBe('Line 1 has 525,001 columns, more than the 1,000 Aftershock reads — a broker export of holdings has far fewer, so check that this is the right file.');
    expect(out.columns).toEqual([]);
  });
  it('is clipped in a factor-model fit remark too', () => {
    const header = `Date,${'1'.repeat(500_000)}x`;
    const fit = fitHistory(`${header}\n2022-01-03,1\n2022-01-10,2\n`, 'long.csv', {}, DEFAULT_RESOURCES.factorModel);
    const remark = fit.problems.find((p) => p.key === 'fit.msg.unknownColumn')!;
    expect(remark.message.length).toBeLessThan(400);
    expect(remark.message).toContain(`${'1'.repeat(80)}…${'1'.repeat(29)}x`);
  });
});
