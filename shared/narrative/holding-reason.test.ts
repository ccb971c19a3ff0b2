import { describe, expect, it } from 'vitest';
import { translator } from '../i18n/translate';
import { FACTOR_UNIT } from '../domain/scenario';
import { makeHolding, makeInput, makeScenario } from '../engine/fixtures';
import { runScenario } from '../engine/run';
import { t } from '../i18n/translate';
import { holdingReason, type ReasonFormat } from './holding-reason';

const pct = (v: number, d = 1) => `${(v * 100).toFixed(d)}%`;
const signed = (v: number) => `${v > 0 ? '+' : ''}${(v * 100).toFixed(1)}%`;
const bp = (v: number) => `${v > 0 ? '+' : ''}${v.toFixed(0)} bp`;
const fmt: ReasonFormat = {
  money: (v) => `$${v.toFixed(2)}`,
  pct,
  signedPct: signed,
  num: (v, d = 0) => v.toFixed(d),
  weeks: (w) => `${w} weeks`,
  list: (items) => items.join(', '),
  sentences: (items) => items.join(' '),
  bp,
  move: (f, v) => (FACTOR_UNIT[f] === 'bp' ? bp(v) : signed(v)),
};

const book = [
  makeHolding('NVDA', 10_000, 'ai_equity'),
  makeHolding('MSTR', 10_000, [{ tag: 'btc', weight: 0.8 }, { tag: 'equity', weight: 0.2 }]),
  makeHolding('MARA 2031', 10_000, 'miner_debt'),
  makeHolding('BCRED', 10_000, 'private_credit', { securityType: 'non-traded BDC' }),
  makeHolding('TLT', 10_000, 'govt'),
  makeHolding('USD', 5_000, 'cash'),
  makeHolding('LOAN', -5_000, 'cash'),
];
// Only the core factors move on the mean path when the others are pinned: AI_EQ −30 %, BTC −40 %, PC −10 %, RATE +50 bp.
const scenario = makeScenario({ shocks: { AI_EQ: -0.3, BTC: -0.4, PC: -0.1, RATE: 50, EQ: -0.1, HY: 0, GPU_RENT: 0, GPU_RESALE: 0 }, paths: 0, phaseOneWeeks: 4 });
const result = runScenario(makeInput(book, scenario));
const reason = (i: number) => holdingReason(result, i, fmt, t)!;

describe('why each holding loses what it does', () => {
  it('a linear holding: its loading times the factor move (hand-computed)', () => {
    // ai_equity loads 1.0 on AI_EQ: 1.00 × (−30.0 %) = −30.0 %.
    expect(reason(0).line).toBe('1.00 × AI equities (-30.0%) = -30.0% on the mean path.');
    expect(reason(0).details).toContainEqual({ label: 'AI equities', value: '1.00 × -30.0% = -30.0%' });
    expect(reason(0).details).toContainEqual({ label: 'Loss on the mean path', value: '$3000.00' });
  });

  it('a blend: one clause per slice, with its weight', () => {
    expect(reason(1).line).toMatch(/^80% bitcoin: .*Bitcoin \(-40\.0%\).* 20% other equity: .*Broad equities \(-10\.0%\)/);
  });

  it('credit-risky debt: coverage, default odds and recovery', () => {
    expect(reason(2).line).toMatch(/^Revenue -\d+\.\d% (cuts debt-service coverage \(DSCR\) from 1\.80 to \d\.\d\d|wipes out the cash flow)/);
    const labels = reason(2).details.map((d) => d.label);
    expect(labels).toEqual(expect.arrayContaining(['Debt-service coverage (DSCR)', 'One-year default probability', 'Recovery if it defaults (of face)']));
  });

  it('a non-traded fund: its marks lag, so the NAV fall shows in phase two (the row’s 0 loss explained)', () => {
    // Marks 13 weeks late after a 4-week shock: none of the −10 % shows yet.
    expect(result.phaseOne.byHolding[3]!.loss).toBe(0);
    expect(reason(3).line).toBe('Marks lag 13 weeks: its NAV falls -10.0%, but none of that shows by the end of the shock; it shows in phase two, in full by week 13.');
  });

  it('a Treasury fund: the yield move at its duration, and whose duration it is; cash and the loan say why they do not move', () => {
    // TLT has its own instrument defaults (D 18.1, C 410): RATE +50 bp → r = −18.1·0.005 + ½·410·0.005² = −0.0905 + 0.005125 = −0.085375.
    expect(reason(4).line).toBe('Government yield +50 bp at duration 18.1 = -8.5% on the mean path. Its duration, convexity: TLT’s own instrument defaults, not its exposure’s.');
    expect(reason(5)).toEqual({ line: 'Cash: no price risk.', details: [] });
    expect(reason(6).line).toBe('Margin loan: owed in full whatever prices do; forced sales pay it down.');
  });

  it('says which parameters a holding’s override sets, and says nothing of a fund that has no defaults of its own', () => {
    const run = runScenario(makeInput([makeHolding('TLT', 10_000, 'govt'), makeHolding('IEF', 10_000, 'govt')], scenario, { TLT: { duration: 10 } }));
    // TLT: duration 10 from the override, convexity 410 still TLT's own: r = −10·0.005 + ½·410·0.005² = −0.05 + 0.005125 = −0.044875.
    expect(holdingReason(run, 0, fmt, t)!.line).toBe(
      'Government yield +50 bp at duration 10.0 = -4.5% on the mean path. Its convexity: TLT’s own instrument defaults, not its exposure’s. Its duration: your override.',
    );
    // Parameters by name in the reader's language, not as the model's identifiers.
    expect(holdingReason(run, 0, fmt, translator('zh-CN'))!.line).toContain('其凸性采用 TLT 自身的金融工具默认参数');
    // IEF: the govt default (D 7, C 60): r = −7·0.005 + ½·60·0.005² = −0.035 + 0.00075 = −0.03425.
    expect(holdingReason(run, 1, fmt, t)!.line).toMatch(/^Government yield \+50 bp at duration 7\.0 = -3\.[45]% on the mean path\.$/);
    expect(run.phaseOne.byHolding[1]!.loss).toBeCloseTo(342.5, 6);
  });

  it('a holding in another currency: its model, then its currency against the base (hand-computed)', () => {
    // EUR cash and a EUR equity under FX_EUR −10 %, EQ −20 %: the equity's own −20 % and the euro's −10 % in USD.
    const fxRun = runScenario(
      makeInput([makeHolding('EUR', 1_000, 'cash', { currency: 'EUR' }), makeHolding('SAP', 1_000, 'equity', { currency: 'EUR' })], makeScenario({ shocks: { FX_EUR: -0.1, EQ: -0.2 } })),
    );
    const fxLine = 'Held in EUR, valued in USD: one EUR moves -10.0% in USD on the mean path, on top of that.';
    expect(holdingReason(fxRun, 0, fmt, t)).toEqual({ line: `Cash: no price risk. ${fxLine}`, details: [] });
    const sap = holdingReason(fxRun, 1, fmt, t)!;
    expect(sap.line).toBe(`1.00 × Broad equities (-20.0%) = -20.0% on the mean path. ${fxLine}`);
    expect(sap.details).toContainEqual({ label: 'EUR in USD', value: '-10.0%' });
    // 1,000 × (1 − 0.8 × 0.9) = 280
    expect(sap.details).toContainEqual({ label: 'Loss on the mean path', value: '$280.00' });
    // A USD holding has no currency clause.
    expect(reason(0).line).not.toMatch(/Held in/);
  });

  it('is null for a run saved before reasons were recorded', () => {
    const old = { ...result, phaseOne: { ...result.phaseOne, reasons: undefined } };
    expect(holdingReason(old, 0, fmt, t)).toBeNull();
  });
});
