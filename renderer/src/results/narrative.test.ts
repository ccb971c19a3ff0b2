import { describe, expect, it } from 'vitest';
import { createFormatters } from '../format/format';
import { translate } from '../i18n/use-t';
import { narrative } from './narrative';
import { makeResult, testScenario } from './result-fixture';

const fmt = createFormatters('en-US', 'USD');

describe('narrative', () => {
  it('says what is lost, what drives it, the tail, the recovery under the regime, and the cash', () => {
    const result = makeResult(52);
    result.phaseTwo.medianWeeksToRecover = 19;
    const sentences = narrative(result, { ...testScenario, phaseTwo: { regime: 'ease', horizonWeeks: 52 } }, fmt, translate);
    expect(sentences).toEqual([
      // byExposure: AI equity 15,000 and BTC 6,000 of a 20,000 net loss by exposure.
      'At the trough you lose $20,000.00 (20.0%) on average; 75% of it comes from AI equity and 30% from bitcoin.',
      'In the worst 2.5% of paths the loss averages $42,000.00 (42.0% of the start value).',
      'A margin call comes in 5.0% of paths, though not on the mean path.',
      'With central banks easing, the median book is worth $106,000.00 at week 52 (+6.0% against the start); 50% of paths get back to the pre-shock value at some week within 52.',
      'The median path is back at the pre-shock value after 19 weeks.',
      'Selling at 15% of daily volume raises $20.00 by day 7 and $30.00 by day 30, net of impact costs.',
    ]);
  });

  it('reads the recovery at the horizon when it is shorter than a year, and says when the median does not recover', () => {
    const result = makeResult(26);
    const [, , , recovery, time] = narrative(result, { ...testScenario, phaseTwo: { regime: 'no-ease', horizonWeeks: 26 } }, fmt, translate);
    expect(recovery).toMatch(/^Without easing, the median book is worth \$93,000\.00 at week 26 \(-7\.0% against the start\)/);
    expect(time).toBe('The median path is not back at the pre-shock value within 26 weeks.');
  });

  it('names a margin call on the mean path with its forced sales, and a cash need', () => {
    const result = makeResult();
    result.phaseOne.marginCall = {
      triggered: true,
      forcedSales: [
        { holdingId: 'h2', symbol: 'NVDA', proceeds: 5_000, cost: 50 },
        { holdingId: 'h3', symbol: 'IBIT', proceeds: 2_000, cost: 20 },
      ],
      lockedInLoss: 1_234,
      daysToComplete: 2,
      probability: 0.4,
    };
    result.phaseTwo.liquidityLadder.cashNeed = { amount: 25, dayMet: 30, cost: 3, shortfall: 0 };
    const text = narrative(result, { ...testScenario, phaseTwo: { regime: { custom: {} }, horizonWeeks: 26 } }, fmt, translate).join(' ');
    expect(text).toContain('On the mean path a margin call forces sales of NVDA, IBIT, locking in a loss of $1,234.00.');
    expect(text).toContain('Your cash need of $25.00 is met by day 30 at a cost of $3.00.');
    expect(text).toContain('Under the scenario’s own recovery regime');
  });

  it('handles one driver, no tail without paths, and a gain', () => {
    const result = makeResult();
    result.meta.paths = 0;
    result.phaseOne.byExposure = { ai_equity: 20_000 };
    result.phaseOne.marginCall.probability = 0;
    const [first, second] = narrative(result, testScenario, fmt, translate);
    expect(first).toBe('At the trough you lose $20,000.00 (20.0%) on average; 100% of it comes from AI equity.');
    expect(second).toMatch(/^With central banks easing, the median book is worth/);

    result.phaseOne.meanLoss = -500;
    result.phaseOne.meanLossPct = -0.005;
    expect(narrative(result, testScenario, fmt, translate)[0]).toBe('The shock leaves the book $500.00 ahead on average (0.5%).');
  });
});
