import { describe, expect, it } from 'vitest';
import { type Factor, FACTORS } from '../../domain/scenario';
import { translator } from '../../i18n/translate';
import { DEFAULT_RESOURCES } from '../default-resources';
import { matrix, minEigenvalue } from '../linalg';
import { FactorModelResource } from '../resources';
import { fitHistory } from './fit-history';
import { fitProblemText } from './fit-problems';
import type { FitResult } from './fit-types';
import { syntheticCsv, type SyntheticSpec } from './synthetic-history';

const defaults = DEFAULT_RESOURCES.factorModel;
const en = translator('en');
const zh = translator('zh-CN');

const SPEC: SyntheticSpec = {
  factors: ['AI_EQ', 'EQ', 'BTC', 'HY', 'RATE'],
  vols: [0.38, 0.16, 0.72, 120, 105],
  corr: [
    [1, 0.85, 0.45, -0.5, -0.1],
    [0.85, 1, 0.4, -0.6, -0.05],
    [0.45, 0.4, 1, -0.3, -0.05],
    [-0.5, -0.6, -0.3, 1, 0.1],
    [-0.1, -0.05, -0.05, 0.1, 1],
  ],
  periods: 1040,
  frequency: 'weekly',
  start: '2000-01-07',
  seed: 21,
};

const ok = (r: FitResult) => {
  if (!r.ok) throw new Error(`fit refused: ${r.problems.map((p) => p.message).join(' | ')}`);
  return r;
};
const idx = (f: Factor) => FACTORS.indexOf(f);
const corrOf = (m: FactorModelResource, a: Factor, b: Factor) => m.correlation.matrix[idx(a)]![idx(b)]!;
const lines = (r: FitResult) => r.problems.map((p) => fitProblemText(p, en, 'en-US'));

/** Within 4 standard errors (normal returns): a vol's σ/√(2n), a correlation's (1−ρ²)/√n. */
function expectFitsSpec(r: Extract<FitResult, { ok: true }>, spec: SyntheticSpec, n: number) {
  spec.factors.forEach((f, i) => {
    const sigma = spec.vols[i]!;
    expect(Math.abs(r.model.factors[f].volAnnual - sigma), `vol ${f}`).toBeLessThan((4 * sigma) / Math.sqrt(2 * n));
    spec.factors.forEach((g, j) => {
      if (j >= i) return;
      const rho = spec.corr[i]![j]!;
      expect(Math.abs(corrOf(r.model, f, g) - rho), `${f}–${g}`).toBeLessThan((4 * (1 - rho * rho)) / Math.sqrt(n) + 1e-12);
    });
  });
}

describe('fitting a generated weekly history', () => {
  const csv = syntheticCsv(SPEC);

  it.each(['sample', 'ledoit-wolf'] as const)('recovers the known vols (bp/yr for HY and RATE) and correlations with %s', (method) => {
    const r = ok(fitHistory(csv, 'gen.csv', { method }, defaults));
    expect(r.summary).toMatchObject({ frequency: 'weekly', periodsPerYear: 52, returns: 1040, rowsRead: 1041, rowsUsed: 1041, rowsDropped: 0 });
    expect(r.summary.factors).toEqual(SPEC.factors);
    expectFitsSpec(r, SPEC, 1040);
    if (method === 'ledoit-wolf') {
      expect(r.summary.shrinkage!.target).toBe('constant-correlation');
      expect(r.summary.shrinkage!.intensity).toBeGreaterThanOrEqual(0);
      expect(r.summary.shrinkage!.intensity).toBeLessThan(0.05);
    } else expect(r.summary.shrinkage).toBeNull();
  });

  it('reads HY and RATE as levels in percent (changes × 100 = bp) and says so', () => {
    const r = ok(fitHistory(csv, 'gen.csv', {}, defaults));
    expect(r.columns.find((c) => c.factor === 'HY')!.levelUnit).toBe('percent');
    expect(lines(r)).toContain('column HY is read as a yield or spread level in percent: its changes × 100 are basis points');
    // Told the levels are in bp, the same file's HY vol is 100 times smaller.
    const asBp = ok(fitHistory(csv, 'gen.csv', { levelUnit: 'bp' }, defaults));
    expect(asBp.model.factors.HY.volAnnual).toBeCloseTo(r.model.factors.HY.volAnnual / 100, 8);
  });

  it('keeps the default vol and every default correlation of a factor the file lacks, and the merged model is PSD', () => {
    const r = ok(fitHistory(csv, 'gen.csv', {}, defaults));
    expect(r.repairs.merged).toBeNull();
    const present = new Set<Factor>(SPEC.factors);
    for (const f of FACTORS) {
      if (present.has(f)) continue;
      expect(r.model.factors[f]).toEqual(defaults.factors[f]);
      for (const g of FACTORS) expect(corrOf(r.model, f, g)).toBe(corrOf(defaults, f, g));
    }
    expect(FactorModelResource.safeParse(r.model).success).toBe(true);
    expect(minEigenvalue(matrix(FACTORS.length, r.model.correlation.matrix))).toBeGreaterThan(0);
    expect(r.comparison.vols.map((v) => v.factor)).toEqual([...FACTORS]);
    expect(r.comparison.vols.find((v) => v.factor === 'PC')).toMatchObject({ fitted: null, change: null });
    const hy = r.comparison.vols.find((v) => v.factor === 'HY')!;
    expect(hy.change).toBeCloseTo(hy.fitted! / 150 - 1, 12);
    // Only pairs of fitted factors moved, largest first.
    for (const p of r.comparison.pairs) expect(present.has(p.a) && present.has(p.b)).toBe(true);
    const sizes = r.comparison.pairs.map((p) => Math.abs(p.change));
    expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
  });

  it('is deterministic: the same text and options give the same model', () => {
    expect(JSON.stringify(fitHistory(csv, 'gen.csv', {}, defaults))).toBe(JSON.stringify(fitHistory(csv, 'gen.csv', {}, defaults)));
  });

  it('fits only the rows of a stress window', () => {
    const r = ok(fitHistory(csv, 'gen.csv', { method: 'sample', window: { from: '2005-01-01', to: '2005-12-31' } }, defaults));
    expect(r.summary.firstDate >= '2005-01-01' && r.summary.lastDate <= '2005-12-31').toBe(true);
    expect(r.summary.rowsUsed).toBe(52);
    expect(r.summary.returns).toBe(51);
    expect(lines(r).some((l) => l.startsWith('Only 51 returns for 5 series'))).toBe(true);
  });
});

describe('the frequency', () => {
  it('annualises daily trading-day returns by 252', () => {
    const spec: SyntheticSpec = { ...SPEC, frequency: 'daily', periods: 2520, seed: 22 };
    const r = ok(fitHistory(syntheticCsv(spec), 'daily.csv', { method: 'sample' }, defaults));
    expect(r.summary).toMatchObject({ frequency: 'daily', periodsPerYear: 252 });
    expectFitsSpec(r, spec, 2520);
  });

  it('annualises by 365 when the file has weekends (a crypto series priced every day)', () => {
    const rows = ['Date,BTC'];
    let p = 100;
    for (let d = 0; d < 400; d++) {
      p *= Math.exp((d % 2 ? 1 : -1) * 0.02);
      rows.push(`${new Date(Date.UTC(2021, 0, 1 + d)).toISOString().slice(0, 10)},${p.toFixed(6)}`);
    }
    const r = ok(fitHistory(rows.join('\n'), 'btc.csv', { method: 'sample' }, defaults));
    expect(r.summary).toMatchObject({ frequency: 'daily-calendar', periodsPerYear: 365 });
    expect(r.model.factors.BTC.volAnnual).toBeCloseTo(0.02 * Math.sqrt(365), 2);
  });

  it('refuses monthly data', () => {
    const rows = ['Date,EQ', ...Array.from({ length: 30 }, (_, i) => `${2000 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}-01,${100 + (i % 3)}`)];
    const r = fitHistory(rows.join('\n'), 'monthly.csv', {}, defaults);
    expect(r.ok).toBe(false);
    expect(lines(r)).toContain('The dates are 31 days apart (median); daily or weekly prices are needed.');
  });
});

describe('a merged matrix that is not PSD', () => {
  it('is repaired to the nearest PSD correlation matrix, and the fit says by how much', () => {
    // AI_EQ and EQ fitted at −0.9 while both keep default correlations of the same sign with the rest: not PSD.
    const spec: SyntheticSpec = { factors: ['AI_EQ', 'EQ'], vols: [0.4, 0.2], corr: [[1, -0.9], [-0.9, 1]], periods: 520, frequency: 'weekly', start: '2000-01-07', seed: 23 };
    const r = ok(fitHistory(syntheticCsv(spec), 'odd.csv', {}, defaults));
    expect(r.repairs.merged).not.toBeNull();
    expect(r.repairs.merged!.minEigenvalueBefore).toBeLessThan(0);
    const m = matrix(FACTORS.length, r.model.correlation.matrix);
    expect(minEigenvalue(m)).toBeGreaterThan(0);
    expect(FactorModelResource.safeParse(r.model).success).toBe(true);
    // Still negative (the defaults have them strongly positive): the nearest PSD matrix, not the defaults. How negative
    // depends on how many defaulted factors correlate with both (19 factors pull it to about −0.36).
    expect(corrOf(r.model, 'AI_EQ', 'EQ')).toBeLessThan(-0.2);
    expect(lines(r).some((l) => l.startsWith('With the default correlations of the factors the file lacks, the matrix was not positive semi-definite'))).toBe(true);
  });
});

describe('remarks on the file', () => {
  const base = syntheticCsv({ ...SPEC, factors: ['BTC', 'EQ'], vols: [0.6, 0.2], corr: [[1, 0.3], [0.3, 1]], periods: 60, seed: 24 }).trimEnd().split('\n');

  it('name the line and the column, in English and in Chinese', () => {
    const text = [...base];
    text[13] = text[13]!.replace(/^([^,]+),[^,]+/, '$1,abc'); // line 14: BTC is "abc"
    const r = ok(fitHistory(text.join('\n'), 'bad.csv', {}, defaults));
    const p = r.problems.find((x) => x.key === 'fit.msg.notNumber')!;
    expect(p).toMatchObject({ line: 14, column: { name: 'BTC', number: 2 }, severity: 'warning' });
    expect(fitProblemText(p, en, 'en-US')).toBe('line 14: the value “abc” in column BTC is not a number');
    expect(fitProblemText(p, zh, 'zh-CN')).toBe('第 14 行：“BTC”列中的值“abc”不是数字');
    // The row lacks BTC, so it is left out; returns run across it.
    expect(r.summary).toMatchObject({ rowsRead: 61, rowsUsed: 60, rowsDropped: 1, returns: 59 });
  });

  it('remark on the first 20 columns that are not factors one by one, and on the other 9,980 in one line', () => {
    // 2 factor columns (BTC, EQ) + 10,000 unknown ones: 20 remarks of unknownColumn, then one of moreUnknownColumns.
    const [head, ...rows] = base;
    const extra = Array.from({ length: 10_000 }, (_, i) => `C${i}`).join(',');
    const text = [`${head},${extra}`, ...rows.map((row) => `${row}${',1'.repeat(10_000)}`)].join('\n');
    const r = ok(fitHistory(text, 'wide.csv', {}, defaults));
    expect(r.problems.filter((x) => x.key === 'fit.msg.unknownColumn')).toHaveLength(20);
    const more = r.problems.find((x) => x.key === 'fit.msg.moreUnknownColumns')!;
    expect(fitProblemText(more, en, 'en-US')).toBe('9,980 more columns are not factor codes either; they are left out unless you map them to factors');
    expect(fitProblemText(more, zh, 'zh-CN')).toBe('另有 9,980 列也不是因子代码；除非您将其对应到因子，否则不予采用');
  });

  it('read rows in date order, leave out a repeated date and a bad date, and say so', () => {
    const [head, ...rows] = base;
    const shuffled = [head, ...[...rows].reverse(), rows[5]!, `2000-13-45,1,1`];
    const r = ok(fitHistory(shuffled.join('\n'), 'mixed.csv', {}, defaults));
    expect(r.summary.returns).toBe(60);
    const said = lines(r);
    expect(said).toContain('The rows were not in date order; they are read oldest first.');
    expect(said.some((l) => /^line 63: the date \d{4}-\d{2}-\d{2} is already on line \d+; this row is left out$/.test(l))).toBe(true);
    expect(said).toContain('line 64: the date “2000-13-45” in column Date is not a date (write YYYY-MM-DD); the row is left out');
  });

  it('map a header that is not a factor code, or leave it out with a remark', () => {
    const text = base.map((l, i) => (i === 0 ? 'Date,Bitcoin close,EQ' : l));
    const unmapped = ok(fitHistory(text.join('\n'), 'm.csv', {}, defaults));
    expect(unmapped.summary.factors).toEqual(['EQ']);
    expect(lines(unmapped)[0]).toMatch(/^column Bitcoin close is not a factor code \(AI_EQ, EQ, BTC/);
    const mapped = ok(fitHistory(text.join('\n'), 'm.csv', { mapping: { 'Bitcoin close': 'BTC' } }, defaults));
    expect(mapped.summary.factors).toEqual(['BTC', 'EQ']);
    const ignored = ok(fitHistory(text.join('\n'), 'm.csv', { mapping: { 'Bitcoin close': 'ignore' } }, defaults));
    expect(ignored.problems.some((p) => p.key === 'fit.msg.unknownColumn')).toBe(false);
  });

  it('read a spread level written in bp from its header or its size', () => {
    const rows = ['Date,HY (bp),IG'];
    for (let w = 0; w < 60; w++) rows.push(`${new Date(Date.UTC(2001, 0, 5 + 7 * w)).toISOString().slice(0, 10)},${400 + (w % 2 ? 10 : -10)},${150 + (w % 3) * 5}`);
    const r = ok(fitHistory(rows.join('\n'), 'bp.csv', { method: 'sample' }, defaults));
    expect(r.columns.map((c) => c.levelUnit)).toEqual(['bp', 'bp']);
    expect(r.model.factors.HY.volAnnual).toBeGreaterThan(100); // 20 bp a week ≈ 146 bp/yr, not 14,600
    expect(r.model.factors.HY.volAnnual).toBeLessThan(200);
  });

  it.each([
    ['', 'The file is empty.'],
    ['2020-01-03,1,2\n2020-01-10,1,2', 'line 1: The file has no header row: the first line must name the columns (Date, then one column per series, such as BTC, EQ, HY).'],
    ['Date,Apples,Pears\n2020-01-03,1,2\n2020-01-10,1,3', `No column is a factor: name the columns by factor code (${FACTORS.join(', ')}) or map them to factors.`],
    ['Date,BTC\n2020-01-03,1\n2020-01-10,2', 'Too few returns have every fitted series present: 1, where at least 10 are needed.'],
  ])('refuse a file that cannot be fitted: %j', (text, said) => {
    const r = fitHistory(text, 'x.csv', {}, defaults);
    expect(r.ok).toBe(false);
    expect(lines(r)).toContain(said);
    expect(r.problems.some((p) => p.severity === 'error')).toBe(true);
  });
});
