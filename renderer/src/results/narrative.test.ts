import { describe, expect, it } from 'vitest';
import { createFormatters } from '../format/format';
import { translate } from '../i18n/translate';
import { narrative } from './narrative';
import { makeRecord, makeResult, testScenario } from './result-fixture';

const fmt = createFormatters('en-US', 'USD');

describe('narrative on the Results screen', () => {
  it('writes the shared claims in the screen’s formats (hand-checked fixture)', () => {
    // Start 100,000; mean loss 20,000 = −1,000 (govt) + 15,000 (AI equity) + 6,000 (bitcoin): shares 75 % and 30 %.
    // NVDA loses 15,000 of its 30,000. p50 at week 52 = 80,000 + 52·500 = 106,000 (+6.0 %); P(back by week t) = t/104, ½ at week 52.
    const result = makeResult(52);
    result.phaseTwo.medianWeeksToRecover = 52;
    const record = makeRecord('r1', result);
    record.meta.scenario = { ...testScenario, phaseTwo: { regime: 'ease', horizonWeeks: 52 } };
    const { shock, recovery } = narrative(record, fmt, translate);
    expect(shock).toEqual([
      'Over the 4 weeks of the shock the book loses $20,000.00 (20.0%) of its $100,000.00, on average over 1,000 Monte Carlo paths.',
      'In the worst 5% of paths the loss is $30,000.00 or more (VaR 95%); the worst 2.5% lose $42,000.00 on average (ES 97.5%).',
      '75% of the loss comes from AI equity and 30% from bitcoin.',
      'The largest single loss is NVDA: $15,000.00, 50.0% of its value.',
      'The mean path triggers no margin call, but 5.0% of paths do.',
    ]);
    expect(recovery).toEqual([
      'Under “Central banks ease”, the median value at week 52 is $106,000.00 (+6.0% against the start value).',
      'Half of the paths regain the start value within 52 weeks; by week 52, 50% have been back at it at least once.',
      'Selling at 15% of daily volume raises $20.00 net of impact costs within 7 days and $30.00 within 30 days.',
    ]);
  });

  it('says when fewer than half the paths come back, and names the custom regime', () => {
    const result = makeResult(26);
    result.phaseTwo.recoveryProbability = result.phaseTwo.weeks.map((t) => t / 65);
    const record = makeRecord('r2', result);
    record.meta.scenario = { ...testScenario, phaseTwo: { regime: { custom: {} }, horizonWeeks: 26 } };
    const { recovery } = narrative(record, fmt, translate);
    expect(recovery[0]).toBe('Under “Custom regime”, the median value at week 26 is $93,000.00 (-7.0% against the start value).');
    // P(back by week 26) = 26/65 = 40 %: the median time to recover lies beyond the horizon.
    expect(recovery[1]).toBe('Fewer than half of the paths regain the start value within 26 weeks: 40% do at least once.');
  });
});
