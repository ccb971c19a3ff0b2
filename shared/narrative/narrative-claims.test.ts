import { describe, expect, it } from 'vitest';
import type { Scenario } from '../domain/scenario';
import { makeHolding, makeInput, makeScenario, PRICE_ONLY_RESOURCES } from '../engine/fixtures';
import { runScenario } from '../engine/run';
import type { RunResult } from '../engine/run-result';
import { t } from '../i18n/translate';
import { type Claim, type ClaimValue, narrativeClaims } from './narrative-claims';
import { claimText, type NarrativeFormat } from './narrative-text';

/**
 * Every claim of the narrative, derived back from the run by its own route: from the fan, the recovery curve, the
 * ladder and the tables a reader sees, not from the code that wrote the sentence.
 */

type Check = (r: RunResult, s: Scenario) => Record<string, ClaimValue>;
const last = <T>(a: readonly T[]) => a[a.length - 1]!;
const firstWeekAtLeastHalf = (r: RunResult) => r.phaseTwo.weeks.find((_, i) => r.phaseTwo.recoveryProbability[i]! >= 0.5);
const ladderAt = (r: RunResult, day: number) => r.phaseTwo.liquidityLadder.cashRaisable[r.phaseTwo.liquidityLadder.days.indexOf(day)]!;
const sales = (r: RunResult, k: 'proceeds' | 'cost') => r.phaseOne.marginCall.forcedSales.reduce((a, s) => a + s[k], 0);

const headline: Check = (r, s) => ({
  weeks: { weeks: s.phaseOne.horizonWeeks },
  start: { money: r.phaseOne.startValue },
  loss: { money: r.phaseOne.meanLoss },
  pct: { pct: r.phaseOne.meanLossPct },
  paths: { count: r.meta.paths },
});
const driverShares: Check = (r) => {
  const parts = Object.entries(r.phaseOne.byExposure).filter(([, v]) => (v ?? 0) > 0) as [string, number][];
  const total = Object.values(r.phaseOne.byExposure).reduce((a, b) => a + (b ?? 0), 0);
  parts.sort((a, b) => b[1] - a[1]);
  return Object.fromEntries(parts.slice(0, 3).flatMap(([tag, v], i) => [[`share${i + 1}`, { pct: v / total, digits: 0 }], [`tag${i + 1}`, { tag }]]));
};
const marginYes: Check = (r) => ({
  symbols: { symbols: r.phaseOne.marginCall.forcedSales.map((f) => f.symbol) },
  proceeds: { money: sales(r, 'proceeds') },
  cost: { money: sales(r, 'cost') },
  lockedIn: { money: r.phaseOne.marginCall.lockedInLoss },
});

const CHECKS: Partial<Record<Claim['key'], Check>> = {
  'narrative.loss': headline,
  'narrative.lossMeanPath': headline,
  'narrative.tail': (r) => ({ var95: { money: r.phaseOne.var95 }, es975: { money: r.phaseOne.es975 } }),
  'narrative.drivers1': driverShares,
  'narrative.drivers2': driverShares,
  'narrative.drivers3': driverShares,
  'narrative.topHolding': (r) => {
    const top = r.phaseOne.byHolding.reduce((a, b) => (b.loss > a.loss ? b : a));
    return { symbol: { text: top.symbol }, loss: { money: top.loss }, pct: { pct: top.loss / top.value! } };
  },
  'narrative.marginYes': (r) => ({ ...marginYes(r, {} as Scenario), prob: { pct: r.phaseOne.marginCall.probability, digits: 0 } }),
  'narrative.marginYesMeanPath': marginYes,
  'narrative.marginSome': (r) => ({ prob: { pct: r.phaseOne.marginCall.probability, digits: 1 } }),
  'narrative.marginNone': (r) => {
    expect([r.phaseOne.marginCall.triggered, r.phaseOne.marginCall.probability]).toEqual([false, 0]);
    expect(r.phaseTwo.liquidityLadder.loan).toBeGreaterThan(0);
    return {};
  },
  'narrative.marginNoneMeanPath': (r) => {
    expect([r.meta.paths, r.phaseOne.marginCall.triggered]).toEqual([0, false]);
    return {};
  },
  'narrative.noLoan': (r) => {
    expect(r.phaseTwo.liquidityLadder.loan).toBe(0);
    return {};
  },
  'narrative.marginTwoMeanPath': (r) => {
    const mp = r.phaseTwo.marginCall!.meanPath;
    expect(mp.lockedLoss).toBeGreaterThan(0);
    return { week: { count: mp.week! }, lockedIn: { money: mp.lockedLoss }, horizon: { count: last(r.phaseTwo.weeks) } };
  },
  'narrative.marginTwoMeanPathAvoided': (r) => {
    const mp = r.phaseTwo.marginCall!.meanPath;
    expect(mp.lockedLoss).toBeLessThanOrEqual(0);
    return { week: { count: mp.week! }, avoided: { money: -mp.lockedLoss }, horizon: { count: last(r.phaseTwo.weeks) } };
  },
  'narrative.marginTwoOdds': (r) => {
    const mc = r.phaseTwo.marginCall!;
    expect(mc.lockedLoss).toBeGreaterThan(0);
    return { prob: { pct: mc.probability, digits: mc.probability < 0.1 ? 1 : 0 }, week: { count: mc.medianWeek! }, lockedIn: { money: mc.lockedLoss } };
  },
  'narrative.marginTwoOddsAvoided': (r) => {
    const mc = r.phaseTwo.marginCall!;
    expect(mc.lockedLoss).toBeLessThanOrEqual(0);
    return { prob: { pct: mc.probability, digits: mc.probability < 0.1 ? 1 : 0 }, week: { count: mc.medianWeek! }, avoided: { money: -mc.lockedLoss } };
  },
  'narrative.marginTwoNone': (r) => {
    expect(r.phaseTwo.marginCall).toMatchObject({ probability: 0, medianWeek: null, lockedLoss: 0, meanPath: { triggered: false } });
    expect(r.phaseTwo.liquidityLadder.loan).toBeGreaterThan(0);
    return {};
  },
  'narrative.medianEnd': (r) => ({
    regime: { text: 'Central banks ease' },
    week: { count: last(r.phaseTwo.weeks) },
    value: { money: last(r.phaseTwo.p50) },
    change: { signedPct: last(r.phaseTwo.p50) / r.phaseOne.startValue - 1 },
  }),
  'narrative.recoveryHalf': (r) => ({ weeks: { weeks: firstWeekAtLeastHalf(r)! }, prob: { pct: last(r.phaseTwo.recoveryProbability), digits: 0 }, week: { count: last(r.phaseTwo.weeks) } }),
  'narrative.recoveryLessThanHalf': (r) => {
    expect(firstWeekAtLeastHalf(r)).toBeUndefined();
    return { prob: { pct: last(r.phaseTwo.recoveryProbability), digits: 0 }, weeks: { weeks: last(r.phaseTwo.weeks) } };
  },
  'narrative.recoveryFellBack': (r) => {
    // Said only when the fan's median ends below the start line although half the paths were back at some week.
    expect(last(r.phaseTwo.p50)).toBeLessThan(r.phaseOne.startValue);
    expect(firstWeekAtLeastHalf(r)).toBeDefined();
    return {};
  },
  'narrative.liquidity': () => ({}),
  'narrative.liquidityLoan': (r) => ({ loan: { money: r.phaseTwo.liquidityLadder.loan! }, free30: { money: ladderAt(r, 30) - r.phaseTwo.liquidityLadder.loan! } }),
  'narrative.defaults': (r) => ({
    expected: { count: r.phaseTwo.defaults.byHolding.reduce((a, d) => a + d.probability, 0), digits: 1 },
    count: { count: r.phaseTwo.defaults.byHolding.length },
    weeks: { weeks: last(r.phaseTwo.weeks) },
  }),
};

const book = (loan: boolean) => [
  makeHolding('NVDA', 40_000, 'ai_equity', { advValue: 3e10 }),
  makeHolding('SPY', 30_000, 'equity', { advValue: 4e10 }),
  makeHolding('IBIT', 25_000, 'btc', { advValue: 3e9 }),
  makeHolding('MARA 2031', 15_000, 'miner_debt'),
  makeHolding('CRWV 2030', 15_000, 'ai_infra_debt'),
  makeHolding('TLT', 10_000, 'govt', { advValue: 2e9 }),
  makeHolding('USD', 8_000, 'cash'),
  ...(loan ? [makeHolding('LOAN', -60_000, 'cash')] : []),
];

// The golden 2×-levered book of engine/phase-two-margin.test.ts: its mean path is called in week 4 of phase two.
const levered = {
  holdings: [makeHolding('EQ', 200, 'equity', { advValue: 1e9 }), makeHolding('LOAN', -100, 'cash')],
  overrides: { EQ: { loadings: { EQ: 1, AI_EQ: 1 } } },
  shocks: { EQ: -0.125, AI_EQ: -0.125 },
  regime: { custom: { EQ: { retrace: -1.6, lagWeeks: 3, halfLifeWeeks: 0.25 }, AI_EQ: { retrace: 5, lagWeeks: 4, halfLifeWeeks: 4 } } },
};

type Case = { name: string; loan: boolean; over: Parameters<typeof makeScenario>[0]; expect: string[]; custom?: typeof levered };
const CASES: Case[] = [
  { name: 'a levered book, 400 paths, easing', loan: true, over: { paths: 400, seed: 3 }, expect: ['narrative.loss', 'narrative.tail', 'narrative.drivers3', 'narrative.liquidityLoan', 'narrative.recoveryHalf', 'narrative.topHolding'] },
  { name: 'no loan, no easing, 300 paths', loan: false, over: { paths: 300, seed: 9, regime: 'no-ease' as const }, expect: ['narrative.noLoan', 'narrative.recoveryLessThanHalf'] },
  { name: 'a levered book on the mean path only', loan: true, over: { paths: 0 }, expect: ['narrative.lossMeanPath', 'narrative.marginNoneMeanPath'] },
  {
    name: 'a heavy shock with a margin call on the mean path',
    loan: true,
    over: { paths: 200, seed: 5, shocks: { AI_EQ: -0.6, BTC: -0.7, HY: 600 } },
    expect: ['narrative.marginYes', 'narrative.defaults'],
  },
  {
    name: 'a 2×-levered book called in week 4 of phase two, on the mean path and on paths',
    loan: true,
    over: { paths: 300, seed: 4, shocks: levered.shocks, regime: levered.regime, liquidity: { impactY: 0 } },
    custom: levered,
    expect: ['narrative.marginTwoMeanPath', 'narrative.marginTwoOdds'],
  },
  { name: 'the same book on the mean path only', loan: true, over: { paths: 0, shocks: levered.shocks, regime: levered.regime }, custom: levered, expect: ['narrative.marginTwoMeanPath'] },
];

describe('the narrative says only what the run shows', () => {
  for (const c of CASES) {
    it(`every claim derives back from the run: ${c.name}`, () => {
      const scenario = makeScenario({ shocks: { AI_EQ: -0.35, BTC: -0.45, HY: 250 }, ...c.over });
      const result = runScenario(c.custom ? makeInput(c.custom.holdings, scenario, c.custom.overrides, PRICE_ONLY_RESOURCES) : makeInput(book(c.loan), scenario));
      const claims = narrativeClaims(result, { scenario, regimeName: 'Central banks ease' });
      const all = [...claims.shock, ...claims.recovery];
      expect(all.map((x) => x.key)).toEqual(expect.arrayContaining(c.expect));
      for (const claim of all) {
        const check = CHECKS[claim.key];
        if (!check) throw new Error(`no check for ${claim.key}`);
        const expected = check(result, scenario);
        for (const [name, v] of Object.entries(expected)) expect(claim.values[name], `${claim.key}.${name}`).toEqual(v);
      }
      // The regime's sentence is the one for this regime's name, and recovery is stated one way only.
      expect(all.filter((x) => x.key.startsWith('narrative.recovery') && x.key !== 'narrative.recoveryFellBack')).toHaveLength(1);
    });
  }

  it('writes each claim through the catalogue with every placeholder filled', () => {
    const fmt: NarrativeFormat = {
      money: (v) => `$${v.toFixed(0)}`,
      pct: (v, d = 1) => `${(v * 100).toFixed(d)}%`,
      signedPct: (v) => `${v >= 0 ? '+' : ''}${(v * 100).toFixed(1)}%`,
      num: (v, d = 0) => v.toFixed(d),
      weeks: (w) => `${w} weeks`,
      list: (items) => items.join(', '),
      sentences: (items) => items.join(' '),
    };
    const scenario = makeScenario({ shocks: { AI_EQ: -0.35, BTC: -0.45 }, paths: 200, seed: 2 });
    const result = runScenario(makeInput(book(true), scenario));
    const { shock, recovery } = narrativeClaims(result, { scenario, regimeName: 'Central banks ease' });
    for (const c of [...shock, ...recovery]) expect(claimText(c, fmt, t)).not.toMatch(/\{\w+\}/);
    expect(claimText(recovery[0]!, fmt, t)).toContain('Under “Central banks ease”, the median value at week 52 is $');
  });
});
