import type { ExposureTag } from '../domain/exposure';
import type { Scenario } from '../domain/scenario';
import type { RunResult } from '../engine/run-result';
import type { MessageKey } from '../i18n/translate';

/**
 * The narrative of a run as claims: each sentence is a catalogue key and the figures it states, as data. The Results
 * screen and the report render the same claims (narrative-text.ts), and a test derives every figure back from the
 * run (narrative-claims.test.ts), so no sentence can say what the charts beside it do not show.
 */
export type ClaimValue =
  | { money: number }
  | { pct: number; digits?: number }
  | { signedPct: number }
  | { count: number; digits?: number }
  | { weeks: number }
  | { days: number }
  | { tag: ExposureTag }
  | { symbols: string[] }
  | { text: string };

export type Claim = { key: MessageKey; values: Record<string, ClaimValue> };
export type NarrativeClaims = { shock: Claim[]; recovery: Claim[] };

export type NarrativeContext = {
  scenario: Pick<Scenario, 'phaseOne' | 'liquidity'>;
  /** The phase-two regime's name as the reader knows it ("Central banks ease"). */
  regimeName: string;
  /** A holding's display name by id (the report has names; the screen passes none and shows symbols only). */
  nameOf?: (holdingId: string) => string | undefined;
};

/** The exposures that lose the most, at most three, each at least half a percent of the loss. */
export const DRIVER_COUNT = 3;
const DRIVER_MIN_SHARE = 0.005;
const LADDER_DAYS = [7, 30] as const;

const claim = (key: MessageKey, values: Record<string, ClaimValue> = {}): Claim => ({ key, values });

/** Loss by exposure, largest first, each with its share of the total of the parts (they add up to the mean loss). */
export function exposureShares(p1: RunResult['phaseOne']): { tag: ExposureTag; loss: number; share: number | null }[] {
  const rows = (Object.entries(p1.byExposure) as [ExposureTag, number | undefined][]).flatMap(([tag, loss]) => (loss === undefined ? [] : [{ tag, loss }]));
  const total = rows.reduce((a, r) => a + r.loss, 0);
  return rows.sort((a, b) => b.loss - a.loss || a.tag.localeCompare(b.tag)).map((r) => ({ ...r, share: total > 0 ? r.loss / total : null }));
}

function lossClaims(result: RunResult, ctx: NarrativeContext): Claim[] {
  const p1 = result.phaseOne;
  const paths = result.meta.paths;
  const weeks = { weeks: { weeks: ctx.scenario.phaseOne.horizonWeeks } };
  const start = { money: p1.startValue };
  if (p1.meanLoss < 0) return [claim(paths > 0 ? 'narrative.gain' : 'narrative.gainMeanPath', { ...weeks, start, gain: { money: -p1.meanLoss }, pct: { pct: -p1.meanLossPct }, paths: { count: paths } })];
  const out = [
    claim(paths > 0 ? 'narrative.loss' : 'narrative.lossMeanPath', { ...weeks, start, loss: { money: p1.meanLoss }, pct: { pct: p1.meanLossPct }, paths: { count: paths } }),
  ];
  if (paths > 0) out.push(claim('narrative.tail', { var95: { money: p1.var95 }, es975: { money: p1.es975 } }));
  const drivers = exposureShares(p1)
    .filter((e) => e.loss > 0 && e.share !== null && e.share >= DRIVER_MIN_SHARE)
    .slice(0, DRIVER_COUNT);
  if (drivers.length > 0) {
    const values: Record<string, ClaimValue> = {};
    drivers.forEach((d, i) => {
      values[`share${i + 1}`] = { pct: d.share ?? 0, digits: 0 };
      values[`tag${i + 1}`] = { tag: d.tag };
    });
    out.push(claim(`narrative.drivers${drivers.length as 1 | 2 | 3}`, values));
  }
  const top = [...p1.byHolding].sort((a, b) => b.loss - a.loss || a.symbol.localeCompare(b.symbol))[0];
  if (top && top.loss > 0) {
    const name = ctx.nameOf?.(top.holdingId);
    const symbol = name && name !== top.symbol ? { text: `${top.symbol} (${name})` } : { text: top.symbol };
    out.push(
      top.value !== undefined && top.value > 0
        ? claim('narrative.topHolding', { symbol, loss: { money: top.loss }, pct: { pct: top.loss / top.value } })
        : claim('narrative.topHoldingNoValue', { symbol, loss: { money: top.loss } }),
    );
  }
  return out;
}

function marginClaim(result: RunResult): Claim | null {
  const mc = result.phaseOne.marginCall;
  const paths = result.meta.paths;
  if (mc.triggered) {
    const proceeds = mc.forcedSales.reduce((a, s) => a + s.proceeds, 0);
    const cost = mc.forcedSales.reduce((a, s) => a + s.cost, 0);
    const values = { symbols: { symbols: mc.forcedSales.map((s) => s.symbol) }, proceeds: { money: proceeds }, cost: { money: cost }, lockedIn: { money: mc.lockedInLoss } };
    return paths > 0 ? claim('narrative.marginYes', { ...values, prob: { pct: mc.probability, digits: 0 } }) : claim('narrative.marginYesMeanPath', values);
  }
  if (mc.probability > 0) return claim('narrative.marginSome', { prob: { pct: mc.probability, digits: 1 } });
  const loan = result.phaseTwo.liquidityLadder.loan;
  if (loan === undefined) return null;
  return loan > 0 ? claim(paths > 0 ? 'narrative.marginNone' : 'narrative.marginNoneMeanPath') : claim('narrative.noLoan');
}

/**
 * Phase two's margin calls (DESIGN.md §4.2: a call in week 6 locks the loss in for good): on the mean path, then
 * over the paths; "none" only for a book that could be called (a loan) and was not, on any path. Absent in runs
 * saved before phase-two calls: nothing is said.
 */
function marginTwoClaims(result: RunResult): Claim[] {
  const mc = result.phaseTwo.marginCall;
  if (!mc) return [];
  const horizon = { count: result.phaseTwo.weeks.at(-1) ?? 0 };
  const out: Claim[] = [];
  const mp = mc.meanPath;
  if (mp.week !== null)
    out.push(
      mp.lockedLoss > 0
        ? claim('narrative.marginTwoMeanPath', { week: { count: mp.week }, lockedIn: { money: mp.lockedLoss }, horizon })
        : claim('narrative.marginTwoMeanPathAvoided', { week: { count: mp.week }, avoided: { money: -mp.lockedLoss }, horizon }),
    );
  if (result.meta.paths > 0 && mc.medianWeek !== null) {
    const prob = { pct: mc.probability, digits: mc.probability < 0.1 ? 1 : 0 };
    out.push(
      mc.lockedLoss > 0
        ? claim('narrative.marginTwoOdds', { prob, week: { count: mc.medianWeek }, lockedIn: { money: mc.lockedLoss } })
        : claim('narrative.marginTwoOddsAvoided', { prob, week: { count: mc.medianWeek }, avoided: { money: -mc.lockedLoss } }),
    );
  } else if (result.meta.paths > 0 && mp.week === null && (result.phaseTwo.liquidityLadder.loan ?? 0) > 0) out.push(claim('narrative.marginTwoNone'));
  return out;
}

function recoveryClaims(result: RunResult, ctx: NarrativeContext): Claim[] {
  const { phaseOne: p1, phaseTwo: p2 } = result;
  const horizon = p2.weeks.at(-1);
  const end = p2.p50.at(-1);
  if (horizon === undefined || end === undefined) return [];
  const change = p1.startValue === 0 ? 0 : end / p1.startValue - 1;
  const out = [claim('narrative.medianEnd', { regime: { text: ctx.regimeName }, week: { count: horizon }, value: { money: end }, change: { signedPct: change } })];
  const backByEnd = p2.recoveryProbability.at(-1) ?? 0;
  const half = p2.medianWeeksToRecover;
  if (half === null) out.push(claim('narrative.recoveryLessThanHalf', { prob: { pct: backByEnd, digits: 0 }, weeks: { weeks: horizon } }));
  else {
    out.push(claim('narrative.recoveryHalf', { weeks: { weeks: half }, prob: { pct: backByEnd, digits: 0 }, week: { count: horizon } }));
    // Half the paths were back at some week while the median value ends below the start: some fell back again.
    if (end < p1.startValue) out.push(claim('narrative.recoveryFellBack'));
  }
  return out;
}

function liquidityClaims(result: RunResult, ctx: NarrativeContext): Claim[] {
  const ladder = result.phaseTwo.liquidityLadder;
  const out: Claim[] = [];
  const [a, b] = LADDER_DAYS.map((d) => ladder.cashRaisable[ladder.days.indexOf(d)]);
  if (a !== undefined && b !== undefined) {
    const participation = { pct: ctx.scenario.liquidity.participation, digits: 0 };
    out.push(claim('narrative.liquidity', { participation, day7: { money: a }, day30: { money: b } }));
    const loan = ladder.loan ?? 0;
    if (loan > 0)
      out.push(b >= loan ? claim('narrative.liquidityLoan', { loan: { money: loan }, free30: { money: b - loan } }) : claim('narrative.liquidityLoanShort', { loan: { money: loan }, short: { money: loan - b } }));
  }
  const need = ladder.cashNeed;
  if (need) {
    out.push(
      need.dayMet === null
        ? claim('narrative.cashNeedShort', { amount: { money: need.amount }, shortfall: { money: need.shortfall } })
        : claim('narrative.cashNeedMet', { amount: { money: need.amount }, day: { days: need.dayMet }, cost: { money: need.cost } }),
    );
  }
  const credit = result.phaseTwo.defaults.byHolding.length;
  const horizon = result.phaseTwo.weeks.at(-1) ?? 0;
  const weeks = { weeks: horizon };
  if (credit === 1) out.push(claim('narrative.defaultsOne', { weeks, prob: { pct: result.phaseTwo.defaults.byHolding[0]!.probability, digits: 0 } }));
  else if (credit > 1) out.push(claim('narrative.defaults', { expected: { count: result.phaseTwo.defaults.expected, digits: 1 }, count: { count: credit }, weeks }));
  return out;
}

/**
 * The run's narrative: the shock (what is lost, where from, any margin call), then what comes back, any margin call
 * on the way, and the cash.
 */
export function narrativeClaims(result: RunResult, ctx: NarrativeContext): NarrativeClaims {
  const margin = marginClaim(result);
  return {
    shock: [...lossClaims(result, ctx), ...(margin ? [margin] : [])],
    recovery: [...recoveryClaims(result, ctx), ...marginTwoClaims(result), ...liquidityClaims(result, ctx)],
  };
}
