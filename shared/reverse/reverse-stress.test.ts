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
});
