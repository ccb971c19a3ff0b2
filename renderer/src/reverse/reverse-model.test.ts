import { describe, expect, it } from 'vitest';
import easeJson from '../../../resources/scenarios/ai-capex-bust-ease.json';
import { FACTORS, Scenario } from '../../../shared/domain/scenario';
import { valueHoldings } from '../../../shared/model';
import { DEFAULT_RESOURCES } from '../../../shared/model/default-resources';
import { reverseStress } from '../../../shared/reverse/reverse-stress';
import { sampleLikePortfolio } from '../scenarios/sample-book.fixture';
import { exposureRows, parseTarget, shockRows, targetAmount } from './reverse-model';

const template = Scenario.parse(easeJson);
const fm = DEFAULT_RESOURCES.factorModel;

describe('the reverse tab’s model', () => {
  it('reads the target as typed: a share strictly between 0 and 100 %, or a positive amount', () => {
    expect(parseTarget('share', '30')).toEqual({ ok: true, target: { kind: 'lossFraction', fraction: 0.3 } });
    expect(parseTarget('share', ' 12,5 % ')).toEqual({ ok: true, target: { kind: 'lossFraction', fraction: 0.125 } });
    expect(parseTarget('share', '100')).toEqual({ ok: false, problem: 'share' });
    expect(parseTarget('share', '0')).toEqual({ ok: false, problem: 'share' });
    expect(parseTarget('amount', '60,000')).toEqual({ ok: true, target: { kind: 'loss', amount: 60_000 } });
    expect(parseTarget('amount', '-5')).toEqual({ ok: false, problem: 'amount' });
    expect(parseTarget('amount', '')).toEqual({ ok: false, problem: 'amount' });
    expect(parseTarget('marginCall', '')).toEqual({ ok: true, target: { kind: 'marginCall' } });
    expect(parseTarget('cash', '100,000', '10')).toEqual({ ok: true, target: { kind: 'cash', amount: 100_000, day: 10 } });
    expect(parseTarget('cash', '100000', '0')).toEqual({ ok: false, problem: 'day' });
    expect(parseTarget('cash', '100000', '400')).toEqual({ ok: false, problem: 'day' });
    expect(parseTarget('cash', '', '10')).toEqual({ ok: false, problem: 'amount' });
    expect(targetAmount({ kind: 'marginCall' }, 200_000)).toBeNull();
    expect(targetAmount({ kind: 'lossFraction', fraction: 0.25 }, 200_000)).toBe(50_000);
    expect(targetAmount({ kind: 'loss', amount: 7 }, 200_000)).toBe(7);
  });

  it('measures each move in the factor’s standard deviations over the horizon and sorts by that size', () => {
    // The stressed correlation keeps a unit diagonal, so one sd is the annual vol scaled by √(weeks/52).
    const weeks = template.phaseOne.horizonWeeks;
    const rows = shockRows({ EQ: -0.2, HY: 300, BTC: 0 }, template, fm);
    const eq = rows.find((r) => r.factor === 'EQ')!;
    expect(eq.sd).toBeCloseTo(fm.factors.EQ.volAnnual * Math.sqrt(weeks / 52), 12);
    expect(eq.z).toBeCloseTo(-0.2 / eq.sd, 12);
    expect(rows.find((r) => r.factor === 'HY')!.unit).toBe('bp');
    expect(rows).toHaveLength(FACTORS.length);
    for (let i = 1; i < rows.length; i++) expect(Math.abs(rows[i - 1]!.z)).toBeGreaterThanOrEqual(Math.abs(rows[i]!.z));
  });

  it('rounds the loss by exposure so the rows add up to the total row to the cent', () => {
    const awkward = exposureRows({ byExposure: { equity: 0.333, credit: 0.333, btc: 0.334 }, loss: 1 });
    expect(awkward.rows.map((r) => r.cents)).toEqual([34, 33, 33]);
    expect(awkward.totalCents).toBe(100);
    const book = valueHoldings(sampleLikePortfolio(), { baseCurrency: 'USD', fxRates: {} });
    const answer = reverseStress({ baseCurrency: 'USD', resources: DEFAULT_RESOURCES, holdings: book.holdings }, template, { kind: 'lossFraction', fraction: 0.3 });
    if (!answer.reached) throw new Error('not reached');
    const { rows, totalCents } = exposureRows(answer);
    expect(totalCents).toBe(Math.round(answer.loss * 100));
    expect(rows.reduce((a, r) => a + r.cents, 0)).toBe(totalCents);
    // The parts are the mean path's own attribution: they add up to its loss, each moved by less than a cent.
    for (const r of rows) expect(Math.abs(r.cents / 100 - r.loss)).toBeLessThan(0.01);
    expect(rows[0]!.tag).toBe('ai_equity');
  });
});
