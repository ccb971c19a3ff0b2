import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Scenario } from '../domain/scenario';
import { makeHolding } from '../engine/fixtures';
import { prepareRun } from '../engine/prepare';
import { runImport } from '../import/run-import';
import { DEFAULT_RESOURCES } from '../model/default-resources';
import { scenarioPlausibility } from '../model/plausibility-odds';
import { reverseStress, withShocks } from './reverse-stress';

const template = Scenario.parse(JSON.parse(readFileSync(new URL('../../resources/scenarios/ai-capex-bust-ease.json', import.meta.url), 'utf8')));

function sampleBook() {
  const bytes = new Uint8Array(readFileSync(new URL('../../resources/sample-portfolio.csv', import.meta.url)));
  const r = runImport(bytes, { fileName: 'sample-portfolio.csv' });
  if (!r.ok) throw new Error(r.reason);
  return { baseCurrency: 'USD', resources: DEFAULT_RESOURCES, holdings: r.holdings.map((holding) => ({ holding, valueBase: holding.marketValueCents / 100, advToBase: 1 })) };
}

describe('the reverse stress test on a real book', () => {
  it('finds the most plausible shock that costs the sample book 25 %, within 0.5 % of the target, and it is an ordinary scenario', () => {
    const book = sampleBook();
    const answer = reverseStress(book, template, { kind: 'lossFraction', fraction: 0.25 });
    expect(answer.reached).toBe(true);
    if (!answer.reached) return;
    const target = 0.25 * answer.startValue;
    expect(Math.abs(answer.loss - target)).toBeLessThan(0.005 * target);
    // Run as a scenario of its own at 0 paths: the engine loses the same; its plausibility score is the answer's d.
    const scenario = Scenario.parse(withShocks(template, Object.values(answer.shocks)));
    const again = prepareRun({ ...book, scenario }).deterministic;
    expect(again.phaseOneLoss).toBeCloseTo(answer.loss, 6);
    expect(scenarioPlausibility(scenario, DEFAULT_RESOURCES.factorModel).sigma).toBeCloseTo(answer.d, 6);
    // Far milder than the built-in AI-capex bust that costs this book about 43 %.
    expect(answer.d).toBeLessThan(scenarioPlausibility(template, DEFAULT_RESOURCES.factorModel).sigma);
  });

  it('says an all-cash book cannot be made to lose', () => {
    const cash = makeHolding('USD', 10_000, 'cash', { name: 'Cash' });
    const answer = reverseStress({ baseCurrency: 'USD', resources: DEFAULT_RESOURCES, holdings: [{ holding: cash, valueBase: 10_000, advToBase: 1 }] }, template, { kind: 'lossFraction', fraction: 0.1 });
    expect(answer).toMatchObject({ reached: false, why: 'flat' });
  });

  it('finds the most plausible margin call of a levered book: just past the line, and none at 99 % of the shock', () => {
    // 200 of broad equity on a 100 margin loan, maintenance 30 %: equity 200x − 100 falls below 0.3·200x when the
    // value factor x < 100/140 = 0.714, an equity move of −28.6 % (the other factors move along Σ·∇ too).
    const holdings = [makeHolding('SPY', 200, 'equity'), makeHolding('LOAN', -100, 'cash', { name: 'Margin loan' })];
    const book = { baseCurrency: 'USD', resources: DEFAULT_RESOURCES, holdings: holdings.map((h) => ({ holding: h, valueBase: h.marketValueCents / 100, advToBase: 1 })) };
    const answer = reverseStress(book, template, { kind: 'marginCall' });
    expect(answer.reached).toBe(true);
    if (!answer.reached) return;
    expect(answer.marginCall).toBe(true);
    expect(answer.shocks.EQ).toBeCloseTo(-(1 - 100 / 140), 3);
    const milder = Scenario.parse(withShocks(template, Object.values(answer.shocks).map((v) => 0.99 * v)));
    expect(prepareRun({ ...book, scenario: milder }).deterministic.marginCall.triggered).toBe(false);
    // The sample book cannot get one in phase one: even at −99 % its non-marginable fund and what is left cover the loan.
    expect(reverseStress(sampleBook(), template, { kind: 'marginCall' })).toMatchObject({ reached: false, why: 'bounded' });
  });

  it('finds the most plausible shock that leaves the sample book unable to raise 150,000 by day 10', () => {
    const answer = reverseStress(sampleBook(), template, { kind: 'cash', amount: 150_000, day: 10 });
    expect(answer.reached).toBe(true);
    if (!answer.reached) return;
    expect(answer.cashRaisable!).toBeLessThan(150_000);
    expect(answer.cashRaisable!).toBeGreaterThan(150_000 * (1 - 0.001));
  });
});
