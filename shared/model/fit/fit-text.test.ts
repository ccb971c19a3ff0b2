import { describe, expect, it } from 'vitest';
import { translator } from '../../i18n/translate';
import { fitFormatters, methodText, pairCells, spanText, volCells } from './fit-text';
import type { FitSummary } from './fit-types';

const summary: FitSummary = {
  fileName: 'h.csv',
  method: 'ewma',
  lambda: 0.94,
  window: { from: '2022-01-01', to: '2022-12-31' },
  frequency: 'weekly',
  periodsPerYear: 52,
  firstDate: '2022-01-07',
  lastDate: '2022-12-30',
  rowsRead: 300,
  rowsUsed: 52,
  rowsDropped: 2,
  returns: 51,
  effectiveReturns: 30.4,
  factors: ['BTC', 'HY'],
  shrinkage: null,
};

describe('the fit in words', () => {
  const en = translator('en');
  const zh = translator('zh-CN');

  it('writes vols in their unit, changes signed, through Intl', () => {
    const f = fitFormatters('en-US');
    expect(volCells({ factor: 'BTC', unit: 'fraction', default: 0.6, fitted: 0.72, change: 0.2 }, en, f)).toEqual(['BTC', '60.0%', '72.0%', '+20%']);
    expect(volCells({ factor: 'HY', unit: 'bp', default: 150, fitted: null, change: null }, en, f)).toEqual(['HY', '150 bp', '—', '—']);
    expect(pairCells({ a: 'BTC', b: 'HY', default: -0.25, fitted: -0.4, change: -0.15 }, en, f)).toEqual(['BTC · HY', '-0.25', '-0.40', '-0.15']);
    expect(fitFormatters('de-DE').vol(0.185, 'fraction')).toBe('18,5\u00a0%');
  });

  it('says how the model was fitted, with dates in the language', () => {
    const f = fitFormatters('en-US');
    expect(methodText(summary, en, f)).toBe('RiskMetrics EWMA, λ = 0.94 (about 30 effective returns)');
    expect(methodText({ ...summary, method: 'ledoit-wolf', shrinkage: { target: 'constant-correlation', intensity: 0.0312, averageCorrelation: 0.1 } }, en, f)).toBe(
      'Ledoit–Wolf shrinkage towards constant correlation (intensity 0.031)',
    );
    expect(spanText(summary, en, f)).toBe('51 weekly returns from Jan 7, 2022 to Dec 30, 2022, annualised × 52; 52 of 300 dated rows used · Window Jan 1, 2022 to Dec 31, 2022');
    expect(spanText(summary, zh, fitFormatters('zh-CN'))).toBe('2022年1月7日 至 2022年12月30日 的 51 个周度收益率，年化系数 × 52；采用了 300 个带日期行中的 52 行 · 窗口：2022年1月1日 至 2022年12月31日');
  });
});
