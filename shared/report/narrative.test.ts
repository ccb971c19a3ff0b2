import { describe, expect, it } from 'vitest';
import { narrative } from './narrative';
import { reportRun } from './report-data';
import { fixtureHoldings, fixtureRun, fixtureScenario } from './report-fixture';

const run = (over: Parameters<typeof fixtureRun>[0] = {}) => reportRun(fixtureRun(over), 0, false);
const withLoan = (dollars: number) => fixtureHoldings().map((h) => (h.id === 'LOAN' ? { ...h, marketValueCents: dollars * 100 } : h));
const text = (r: ReturnType<typeof run>) => {
  const n = narrative(r);
  return [...n.shock, ...n.recovery].join(' ');
};

describe('the narrative', () => {
  it('says what is lost in the shock, from the run’s own numbers', () => {
    const r = run();
    const p1 = r.record.result.phaseOne;
    const money = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', maximumFractionDigits: 0, minimumFractionDigits: 0 });
    const pct = new Intl.NumberFormat('en-US', { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 });
    expect(narrative(r).shock[0]).toBe(
      `Over the ${r.record.meta.scenario.phaseOne.horizonWeeks} weeks of the shock the book loses ${money.format(p1.meanLoss)} (${pct.format(p1.meanLossPct)}) of its ${money.format(p1.startValue)}, on average over 400 Monte Carlo paths.`,
    );
    expect(narrative(r).shock[1]).toBe(
      `In the worst 5% of paths the loss is ${money.format(p1.var95)} or more (VaR 95%); the worst 2.5% lose ${money.format(p1.es975)} on average (ES 97.5%).`,
    );
  });

  it('names the exposures the loss comes from, largest first, with their shares of it', () => {
    const r = run();
    const byExposure = r.record.result.phaseOne.byExposure;
    const total = Object.values(byExposure).reduce<number>((a, b) => a + (b ?? 0), 0);
    const share = (tag: keyof typeof byExposure) => `${Math.round(((byExposure[tag] ?? 0) / total) * 100)}%`;
    const ranked = (Object.keys(byExposure) as (keyof typeof byExposure)[]).sort((a, b) => (byExposure[b] ?? 0) - (byExposure[a] ?? 0));
    const names: Record<string, string> = { ai_equity: 'AI equity', btc: 'bitcoin', miner_debt: 'miner debt', equity: 'other equity' };
    const [a, b, c] = ranked as [string, string, string];
    expect(narrative(r).shock[2]).toBe(`${share(a as never)} of the loss comes from ${names[a]}, ${share(b as never)} from ${names[b]} and ${share(c as never)} from ${names[c]}.`);
  });

  it('names the largest single loss with the holding’s name', () => {
    // Over the paths (not the mean path's 40 %): the expected loss as a share of the holding's value.
    const r = run();
    const nvda = r.record.result.phaseOne.byHolding.find((h) => h.symbol === 'NVDA')!;
    const pct = new Intl.NumberFormat('en-US', { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(nvda.loss / nvda.value!);
    expect(text(r)).toMatch(new RegExp(`The largest single loss is NVDA \\(<b>"Evil" & Co</b>\\): \\$[\\d,]+, ${pct.replace('.', '\\.')} of its value\\.`));
  });

  it('tells whether a margin call forces sales and what it locks in', () => {
    const calm = text(run());
    expect(calm).toMatch(/The mean path triggers no margin call, but [\d.]+% of paths do\./);
    const called = run({ holdings: withLoan(-70_000) });
    const mc = called.record.result.phaseOne.marginCall;
    expect(mc.triggered).toBe(true);
    const locked = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', maximumFractionDigits: 0, minimumFractionDigits: 0 }).format(mc.lockedInLoss);
    expect(text(called)).toContain(`On the mean path the fall triggers a margin call: forced sales of NVDA, IBIT, MSTR, and MARA 2031 raise`);
    expect(text(called)).toContain(`and lock in a loss of ${locked};`);
    const noLoan = run({ holdings: fixtureHoldings().filter((h) => h.id !== 'LOAN') });
    expect(text(noLoan)).toContain('The book has no margin loan, so no margin call forces a sale.');
  });

  it('says how the book recovers, and whether a cash need is met', () => {
    const r = run({ scenario: fixtureScenario({ liquidity: { cashNeed: 30_000 } }) });
    const recovery = narrative(r).recovery.join(' ');
    expect(recovery).toMatch(/^Under “Central banks ease”, the median value at week 52 is \$[\d,]+ \([+-][\d.]+% against the start value\)\./);
    expect(recovery).toContain(`Half of the paths regain the start value within ${r.record.result.phaseTwo.medianWeeksToRecover} weeks;`);
    expect(recovery).toMatch(/The cash need of \$30,000 is met by day \d+ at an impact cost of \$[\d,]+\./);
    expect(recovery).toMatch(/Selling at 15% of daily volume raises \$[\d,]+ net of impact costs within 7 days and \$[\d,]+ within 30 days\./);
    expect(recovery).toMatch(/The one credit-risky holding defaults within 52 weeks with a probability of \d+%\./);
    const short = run({ holdings: withLoan(-80_000), scenario: fixtureScenario({ liquidity: { cashNeed: 30_000 } }) });
    expect(narrative(short).recovery.join(' ')).toMatch(/The cash need of \$30,000 is not met: \$[\d,]+ is still missing after a year of selling\./);
    expect(narrative(short).recovery.join(' ')).toMatch(/Fewer than half of the paths regain the start value within 52 weeks: \d+% do at least once\./);
  });

  it('speaks of the mean path when the run has no Monte Carlo paths', () => {
    const r = run({ scenario: fixtureScenario({ paths: 0 }) });
    expect(narrative(r).shock[0]).toMatch(/on the deterministic mean path\.$/);
    expect(text(r)).not.toContain('worst 5%');
  });
});
