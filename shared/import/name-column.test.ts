import { describe, expect, it } from 'vitest';
import { assignColumns, detectFormat } from './detect-format';
import { inferNameColumn } from './name-column';

/** The header's own assignment, then the content rule on the rows below it. */
const infer = (header: string[], rows: string[][]): number | null => inferNameColumn(header, assignColumns(header, detectFormat(header)), rows);

const HOLDINGS = [
  ['NVDA', 'NVIDIA Corporation', '10', '182.40'],
  ['AMD', 'Advanced Micro Devices Inc', '20', '114.00'],
  ['IBIT', 'iShares Bitcoin Trust ETF', '100', '52.80'],
];

describe('the name column by content', () => {
  it('takes an unassigned column of multi-word names under a header that names another field (Holding next to Shares)', () => {
    // 'holding' is a quantity alias, but 'shares' comes first among them, so Holding is left over.
    expect(infer(['Symbol', 'Holding', 'Shares', 'Price'], HOLDINGS)).toBe(1);
  });

  it('takes Chinese names, which have no spaces (two CJK characters count as multi-word)', () => {
    const rows = [['00700', '腾讯控股', '100'], ['09988', '阿里巴巴-W', '200'], ['NVDA', '英伟达', '50']];
    expect(infer(['代码', '标的', '持有数量'], rows)).toBe(1);
  });

  it('does nothing when a header already gave the name', () => {
    expect(infer(['Symbol', 'Description', 'Shares', 'Price'], HOLDINGS)).toBeNull();
  });

  it('leaves a sector column alone, however name-like its values', () => {
    const rows = [['NVDA', 'Information Technology', '10'], ['XOM', 'Energy Producers', '5'], ['JPM', 'Financial Services', '3']];
    expect(infer(['Symbol', 'GICS Sector', 'Quantity'], rows)).toBeNull();
  });

  it('leaves an unknown column alone when its values repeat (an account type, not names)', () => {
    const rows = [['NVDA', 'Individual Brokerage', '10'], ['AMD', 'Individual Brokerage', '5'], ['IBIT', 'Roth IRA', '3']];
    expect(infer(['Symbol', 'Registration', 'Quantity'], rows)).toBeNull();
  });

  it('leaves a column of codes, single words or numbers alone', () => {
    const isin = [['NVDA', 'US67066G1040', '10'], ['AMD', 'US0079031078', '5']];
    expect(infer(['Symbol', 'Identifier', 'Quantity'], isin)).toBeNull();
    const words = [['NVDA', 'Nvidia', '10'], ['AMD', 'Amd', '5'], ['IBIT', 'Ishares', '3']];
    expect(infer(['Symbol', 'Label', 'Quantity'], words)).toBeNull();
    const numbers = [['NVDA', '1,824.00', '10'], ['AMD', '2,000.00', '5']];
    expect(infer(['Symbol', 'Worth', 'Quantity'], numbers)).toBeNull();
  });

  it('repeats of the symbol are not names', () => {
    const rows = [['NVDA INC', 'NVDA INC', '10'], ['AMD CORP', 'AMD CORP', '5']];
    expect(infer(['Symbol', 'Label', 'Quantity'], rows)).toBeNull();
  });

  it('guesses nothing from a single row, or when two columns both read like names', () => {
    expect(infer(['Symbol', 'Holding', 'Shares'], [['NVDA', 'NVIDIA Corporation', '10']])).toBeNull();
    const two = HOLDINGS.map(([s, n, q]) => [s ?? '', n ?? '', `${n ?? ''} Class A`, q ?? '']);
    expect(infer(['Symbol', 'Holding', 'Issuer Legal Entity', 'Shares'], two)).toBeNull();
  });
});
