import type { ExposureTag } from '../domain/exposure';
import type { Deterministic } from './deterministic';
import type { PreparedRun } from './prepare';
import type { RunResult } from './run-result';
import { blockMeans, fromBins } from './merge-binned';
import { blockCount, blockOf, type ShardResult } from './simulate';
import type { BinnedShard } from './simulate-binned';
import { type Histogram, histogram, nearestRank, orderStatistics, sum } from './stats';

const FAN = [0.05, 0.25, 0.5, 0.75, 0.95] as const;

/** Per-group sums over the global blocks of paths, G per block (defaulted: C per block). */
type Blocks = { groupLoss: Float64Array; groupCost: Float64Array; groupEnd: Float64Array; defaulted: Float64Array };

/** The shards' per-path arrays joined in path order; `values` stay in the shards (weekly quantiles read them in place). */
type PerPath = 'loss' | 'marginTriggered' | 'lockedIn' | 'proceeds' | 'recoveredWeek' | 'callWeek' | 'lockedTwo' | 'fetchedTwo' | 'income';
type Joined = Pick<ShardResult, PerPath> & { shards: ShardResult[]; blocks: Blocks };

/** Joins shards that cover [0, paths) exactly, given in any order. */
function joinShards(prepared: PreparedRun, shards: readonly ShardResult[]): Joined {
  const n = prepared.meta.paths;
  const G = prepared.kernel.groups.length;
  const C = prepared.creditMembers.length;
  const B = blockCount(0, n);
  const sorted = [...shards].filter((s) => s.pathEnd > s.pathStart).sort((a, b) => a.pathStart - b.pathStart);
  const all: Joined = {
    shards: sorted,
    loss: new Float64Array(n),
    marginTriggered: new Uint8Array(n),
    lockedIn: new Float64Array(n),
    proceeds: new Float64Array(n),
    recoveredWeek: new Int16Array(n),
    callWeek: new Int16Array(n),
    lockedTwo: new Float64Array(n),
    fetchedTwo: new Float64Array(n),
    income: new Float64Array(n),
    blocks: { groupLoss: new Float64Array(B * G), groupCost: new Float64Array(B * G), groupEnd: new Float64Array(B * G), defaulted: new Float64Array(B * C) },
  };
  // Adds a shard's block sums into the global blocks: 0 + x = x exactly, so a block from one shard is kept bit for bit.
  const addBlocks = (key: keyof Blocks, shard: ShardResult, width: number) => {
    const into = all.blocks[key];
    const from = shard[key];
    const o = blockOf(shard.pathStart) * width;
    for (let i = 0; i < from.length; i++) into[o + i] = into[o + i]! + from[i]!;
  };
  let next = 0;
  for (const s of sorted) {
    if (s.pathStart !== next) throw new Error(`shards do not cover the paths: expected one starting at ${next}, got ${s.pathStart}`);
    const o = s.pathStart;
    all.loss.set(s.loss, o);
    all.marginTriggered.set(s.marginTriggered, o);
    all.lockedIn.set(s.lockedIn, o);
    all.proceeds.set(s.proceeds, o);
    all.recoveredWeek.set(s.recoveredWeek, o);
    all.callWeek.set(s.callWeek, o);
    all.lockedTwo.set(s.lockedTwo, o);
    all.fetchedTwo.set(s.fetchedTwo, o);
    all.income.set(s.income, o);
    addBlocks('groupLoss', s, G);
    addBlocks('groupCost', s, G);
    addBlocks('groupEnd', s, G);
    addBlocks('defaulted', s, C);
    next = s.pathEnd;
  }
  if (next !== n) throw new Error(`shards cover ${next} of ${n} paths`);
  return all;
}

type Stochastic = {
  meanLoss: number;
  var95: number;
  var99: number;
  es975: number;
  lossHistogram: Histogram;
  marginProbability: number;
  fan: number[][];
  recoveryProbability: number[];
  groupDefault: number[];
  groupEnd: number[];
  /** Expected phase-one loss of each group (forced-sale cost included), and of which forced-sale cost. */
  groupLoss: number[];
  groupCost: number[];
  proceeds: number;
  endHistogram: Histogram;
  /** Phase two's margin calls (probability of one, median first week among paths with one, mean locked-in loss). */
  phaseTwoCall: NonNullable<RunResult['phaseTwo']['marginCall']>;
  /** Means over paths: cash the phase-two calls raised, and coupons and dividends accrued by the horizon. */
  fetchedTwo: number;
  income: number;
};

/** Phase-two margin-call statistics of the paths (nearest-rank median of the first call's week). */
function phaseTwoCalls(all: Joined, n: number, meanPath: Deterministic['meanPath']): Stochastic['phaseTwoCall'] {
  const weeks: number[] = [];
  for (let i = 0; i < n; i++) if (all.callWeek[i]! >= 0) weeks.push(all.callWeek[i]!);
  weeks.sort((a, b) => a - b);
  return {
    probability: weeks.length / n,
    medianWeek: weeks.length === 0 ? null : weeks[nearestRank(0.5, weeks.length)]!,
    lockedLoss: sum(all.lockedTwo) / n,
    meanPath: meanPathCall(meanPath),
  };
}

const meanPathCall = (m: Deterministic['meanPath']) => ({ triggered: m.marginCall.week !== null, week: m.marginCall.week, lockedLoss: m.marginCall.lockedLoss });

function fromPaths(prepared: PreparedRun, all: Joined): Stochastic {
  const { shards } = all;
  const n = prepared.meta.paths;
  const H1 = prepared.kernel.horizonWeeks + 1;
  const G = prepared.kernel.groups.length;
  const C = prepared.creditMembers.length;
  const sorted = Float64Array.from(all.loss).sort();
  const tail = nearestRank(0.975, n);
  const fan = FAN.map(() => new Array<number>(H1).fill(0));
  const week = (t: number): Float32Array[] =>
    shards.map((s) => s.values.subarray(t * (s.pathEnd - s.pathStart), (t + 1) * (s.pathEnd - s.pathStart)));
  const ranks = FAN.map((p) => nearestRank(p, n));
  for (let t = 0; t < H1; t++) orderStatistics(week(t), ranks).forEach((q, k) => (fan[k]![t] = q));
  const firstBack = new Array<number>(H1).fill(0);
  for (let i = 0; i < n; i++) if (all.recoveredWeek[i]! >= 0) firstBack[all.recoveredWeek[i]!]!++;
  let back = 0;
  const recoveryProbability = firstBack.map((c) => (back += c) / n);
  const end = new Float32Array(n);
  for (const s of shards) end.set(s.values.subarray((H1 - 1) * (s.pathEnd - s.pathStart)), s.pathStart);
  return {
    meanLoss: sum(all.loss) / n,
    var95: sorted[nearestRank(0.95, n)]!,
    var99: sorted[nearestRank(0.99, n)]!,
    es975: sum(sorted, tail) / (n - tail),
    lossHistogram: histogram(all.loss),
    marginProbability: sum(all.marginTriggered) / n,
    fan,
    recoveryProbability,
    groupDefault: blockMeans(all.blocks.defaulted, C, n),
    groupEnd: blockMeans(all.blocks.groupEnd, G, n),
    groupLoss: blockMeans(all.blocks.groupLoss, G, n),
    groupCost: blockMeans(all.blocks.groupCost, G, n),
    proceeds: sum(all.proceeds) / n,
    endHistogram: histogram(end),
    phaseTwoCall: phaseTwoCalls(all, n, prepared.deterministic.meanPath),
    fetchedTwo: sum(all.fetchedTwo) / n,
    income: sum(all.income) / n,
  };
}

function fromMeanPath(prepared: PreparedRun): Stochastic {
  const d = prepared.deterministic;
  const values = d.meanPath.values;
  const rw = d.meanPath.recoveredWeek;
  const point = (v: number): Histogram => ({ edges: [v, v], counts: [1] });
  return {
    meanLoss: d.phaseOneLoss,
    var95: d.phaseOneLoss,
    var99: d.phaseOneLoss,
    es975: d.phaseOneLoss,
    lossHistogram: point(d.phaseOneLoss),
    marginProbability: d.marginCall.triggered ? 1 : 0,
    fan: FAN.map(() => [...values]),
    recoveryProbability: values.map((_, t) => (rw >= 0 && t >= rw ? 1 : 0)),
    groupDefault: d.meanPath.defaulted,
    groupEnd: d.meanPath.groupEnd,
    groupLoss: [],
    groupCost: [],
    proceeds: d.meanPath.proceeds,
    endHistogram: point(values[values.length - 1]!),
    phaseTwoCall: {
      probability: d.meanPath.marginCall.week === null ? 0 : 1,
      medianWeek: d.meanPath.marginCall.week,
      lockedLoss: d.meanPath.marginCall.lockedLoss,
      meanPath: meanPathCall(d.meanPath),
    },
    fetchedTwo: d.meanPath.marginCall.proceeds,
    income: d.meanPath.income,
  };
}

type Attribution = Pick<RunResult['phaseOne'], 'attribution' | 'byExposure' | 'byHolding'>;

/**
 * Phase-one loss by exposure and holding. Over paths: each group's expected loss (forced-sale cost included) split
 * among its members by value share — linear in the paths, so the parts add up to the mean loss. With 0 paths: the
 * mean path's, which adds up to its loss.
 */
function attribute(prepared: PreparedRun, s: Stochastic): Attribution {
  const d = prepared.deterministic;
  const { holdings } = prepared;
  if (prepared.meta.paths === 0) {
    return {
      attribution: 'meanPath',
      byExposure: d.byExposure,
      byHolding: holdings.map((h, i) => ({ ...h, loss: d.byHolding[i] ?? 0, forcedSaleCost: d.costByHolding[i] ?? 0 })),
    };
  }
  const loss = new Array<number>(holdings.length).fill(0);
  const cost = new Array<number>(holdings.length).fill(0);
  const byExposure: Partial<Record<ExposureTag, number>> = {};
  prepared.groupMembers.forEach((members, g) => {
    const tag = prepared.groupTags[g]!;
    byExposure[tag] = (byExposure[tag] ?? 0) + s.groupLoss[g]!;
    for (const m of members) {
      loss[m.holding]! += m.share * s.groupLoss[g]!;
      cost[m.holding]! += m.share * s.groupCost[g]!;
    }
  });
  // Cash and loans lose nothing: their tags still appear, at 0, as on the mean path.
  for (const tag of Object.keys(d.byExposure) as ExposureTag[]) byExposure[tag] ??= 0;
  return { attribution: 'paths', byExposure, byHolding: holdings.map((h, i) => ({ ...h, loss: loss[i]!, forcedSaleCost: cost[i]! })) };
}

/** A worker's shard: every path's figures (exact statistics), or their reduction (binned statistics). */
export type AnyShard = ShardResult | BinnedShard;
const isBinned = (s: AnyShard): s is BinnedShard => 'kind' in s && s.kind === 'binned';

function stochastic(prepared: PreparedRun, shards: readonly AnyShard[]): Stochastic {
  if (prepared.meta.paths === 0) return fromMeanPath(prepared);
  const binned = shards.filter(isBinned);
  if (binned.length === 0) return fromPaths(prepared, joinShards(prepared, shards as ShardResult[]));
  if (binned.length !== shards.length) throw new Error('shards of one run must all be exact or all be binned');
  const s = fromBins(prepared, binned);
  return { ...s, phaseTwoCall: { ...s.phaseTwoCall, meanPath: meanPathCall(prepared.deterministic.meanPath) } };
}

/**
 * Combines shard results (any sharding of [0, paths)) into the RunResult; bit-identical whatever the sharding.
 * Exact shards give exact order statistics; binned ones (runs above EXACT_PATHS_LIMIT paths) binned.ts's.
 */
export function mergeShards(prepared: PreparedRun, shards: readonly AnyShard[]): RunResult {
  const s = stochastic(prepared, shards);
  const statistics = prepared.meta.paths > 0 && shards.some(isBinned) ? 'binned' : 'exact';
  const d = prepared.deterministic;
  const { holdings } = prepared;
  const start = prepared.kernel.startValue;
  const defaultProb = new Map<number, number>();
  prepared.creditMembers.forEach((members, c) =>
    members.forEach((h) => defaultProb.set(h, Math.max(defaultProb.get(h) ?? 0, s.groupDefault[c] ?? 0))),
  );
  // Cash at the horizon: cash − loans, phase one's forced-sale proceeds, phase two's (+ 0 exactly without a call) and
  // the income accrued (+ 0 exactly without any).
  const endByExposure: Partial<Record<ExposureTag, number>> = { cash: prepared.kernel.constant + s.proceeds + s.fetchedTwo + s.income };
  prepared.groupTags.forEach((tag, g) => (endByExposure[tag] = (endByExposure[tag] ?? 0) + s.groupEnd[g]!));
  const recoveredAt = s.recoveryProbability.findIndex((p) => p >= 0.5);
  const [p5, p25, p50, p75, p95] = s.fan as [number[], number[], number[], number[], number[]];
  return {
    meta: { ...prepared.meta, statistics },
    phaseOne: {
      startValue: start,
      meanLoss: s.meanLoss,
      meanLossPct: start === 0 ? 0 : s.meanLoss / start,
      var95: s.var95,
      var99: s.var99,
      es975: s.es975,
      ...attribute(prepared, s),
      reasons: prepared.reasons,
      meanPath: { loss: d.phaseOneLoss, byExposure: d.byExposure, byHolding: holdings.map((_, i) => d.byHolding[i] ?? 0) },
      marginCall: {
        triggered: d.marginCall.triggered,
        forcedSales: d.marginCall.forcedSales.map((f) => ({
          holdingId: holdings[f.holdingIndex]!.holdingId,
          symbol: holdings[f.holdingIndex]!.symbol,
          proceeds: f.proceeds,
          cost: f.cost,
        })),
        lockedInLoss: d.marginCall.lockedInLoss,
        daysToComplete: d.marginCall.daysToComplete,
        probability: s.marginProbability,
      },
      factors: d.factors,
      plausibility: d.plausibility,
      lossHistogram: s.lossHistogram,
    },
    phaseTwo: {
      weeks: p50.map((_, t) => t),
      p5,
      p25,
      p50,
      p75,
      p95,
      recoveryProbability: s.recoveryProbability,
      medianWeeksToRecover: recoveredAt < 0 ? null : recoveredAt,
      defaults: {
        expected: [...defaultProb.values()].reduce((a, b) => a + b, 0),
        byHolding: [...defaultProb].map(([h, probability]) => ({ holdingId: holdings[h]!.holdingId, symbol: holdings[h]!.symbol, probability })),
      },
      endByExposure,
      endHistogram: s.endHistogram,
      liquidityLadder: { ...d.ladder, cashNeed: d.cashNeed },
      marginCall: s.phaseTwoCall,
      income: { mean: s.income, meanPath: d.meanPath.income },
    },
  };
}
