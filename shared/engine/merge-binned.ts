import { BINS, binnedHistogram, binnedQuantiles, binnedTailMean, type Bins } from './binned';
import type { PreparedRun } from './prepare';
import { blockCount, blockOf } from './simulate';
import { type BinnedShard, layoutOf, PATH_SUM, PATH_SUMS } from './simulate-binned';
import { nearestRank, sum } from './stats';

/** What the statistics need of binned shards covering [0, paths): their counts added, their blocks in global order. */
type Joined = Omit<BinnedShard, 'kind' | 'pathStart' | 'pathEnd'>;

function joinBinned(prepared: PreparedRun, shards: readonly BinnedShard[]): Joined {
  const n = prepared.meta.paths;
  const H1 = prepared.kernel.horizonWeeks + 1;
  const G = prepared.kernel.groups.length;
  const C = prepared.creditMembers.length;
  const B = blockCount(0, n);
  const all: Joined = {
    valueBins: new Uint32Array(H1 * BINS),
    valueMin: new Float64Array(H1).fill(Infinity),
    valueMax: new Float64Array(H1).fill(-Infinity),
    lossBins: new Uint32Array(BINS),
    lossRange: Float64Array.of(Infinity, -Infinity),
    pathSums: new Float64Array(B * PATH_SUMS),
    marginCount: 0,
    recovered: new Uint32Array(H1),
    called: new Uint32Array(H1),
    groupLoss: new Float64Array(B * G),
    groupCost: new Float64Array(B * G),
    groupEnd: new Float64Array(B * G),
    defaulted: new Float64Array(B * C),
  };
  const add = (into: Uint32Array | Float64Array, from: ArrayLike<number>, at = 0) => {
    for (let i = 0; i < from.length; i++) into[at + i] = into[at + i]! + from[i]!;
  };
  let next = 0;
  for (const s of [...shards].filter((x) => x.pathEnd > x.pathStart).sort((a, b) => a.pathStart - b.pathStart)) {
    if (s.pathStart !== next) throw new Error(`shards do not cover the paths: expected one starting at ${next}, got ${s.pathStart}`);
    add(all.valueBins, s.valueBins);
    add(all.lossBins, s.lossBins);
    add(all.recovered, s.recovered);
    add(all.called, s.called);
    for (let t = 0; t < H1; t++) {
      all.valueMin[t] = Math.min(all.valueMin[t]!, s.valueMin[t]!);
      all.valueMax[t] = Math.max(all.valueMax[t]!, s.valueMax[t]!);
    }
    all.lossRange[0] = Math.min(all.lossRange[0]!, s.lossRange[0]!);
    all.lossRange[1] = Math.max(all.lossRange[1]!, s.lossRange[1]!);
    all.marginCount += s.marginCount;
    // 0 + x = x exactly: a block from one shard is kept bit for bit (shards start on block boundaries).
    const b = blockOf(s.pathStart);
    add(all.pathSums, s.pathSums, b * PATH_SUMS);
    add(all.groupLoss, s.groupLoss, b * G);
    add(all.groupCost, s.groupCost, b * G);
    add(all.groupEnd, s.groupEnd, b * G);
    add(all.defaulted, s.defaulted, b * C);
    next = s.pathEnd;
  }
  if (next !== n) throw new Error(`shards cover ${next} of ${n} paths`);
  return all;
}

/** Mean over n paths of each of `width` per-block sums, block by block in order. */
export const blockMeans = (sums: Float64Array, width: number, n: number): number[] =>
  Array.from({ length: width }, (_, g) => sum(sums, g, sums.length, width) / n);

const FAN = [0.05, 0.25, 0.5, 0.75, 0.95] as const;

/** The median week among paths called in phase two (nearest rank over the calls), or null without any. */
function medianCallWeek(called: Uint32Array): number | null {
  const total = sum(called);
  if (total === 0) return null;
  const r = nearestRank(0.5, total);
  let acc = 0;
  for (let t = 0; t < called.length; t++) if ((acc += called[t]!) > r) return t;
  return null;
}

/** The statistics mergeShards reports, from binned shards (binned.ts gives each one's error bound). */
export function fromBins(prepared: PreparedRun, shards: readonly BinnedShard[]) {
  const all = joinBinned(prepared, shards);
  const n = prepared.meta.paths;
  const H1 = prepared.kernel.horizonWeeks + 1;
  const layout = layoutOf(prepared);
  const week = (t: number): Bins => ({ counts: all.valueBins, offset: t * BINS, min: all.valueMin[t]!, max: all.valueMax[t]!, n });
  const loss: Bins = { counts: all.lossBins, offset: 0, min: all.lossRange[0]!, max: all.lossRange[1]!, n };
  const fan = FAN.map(() => new Array<number>(H1).fill(0));
  for (let t = 0; t < H1; t++) binnedQuantiles(layout, week(t), FAN).forEach((q, k) => (fan[k]![t] = q));
  let back = 0;
  const recoveryProbability = Array.from(all.recovered, (c) => (back += c) / n);
  const [var95, var99] = binnedQuantiles(layout, loss, [0.95, 0.99]) as [number, number];
  const calls = sum(all.called);
  const pathMean = (k: number) => sum(all.pathSums, k, all.pathSums.length, PATH_SUMS) / n;
  return {
    meanLoss: pathMean(PATH_SUM.loss),
    var95,
    var99,
    es975: binnedTailMean(layout, loss, 0.975),
    lossHistogram: binnedHistogram(layout, loss),
    marginProbability: all.marginCount / n,
    fan,
    recoveryProbability,
    groupDefault: blockMeans(all.defaulted, prepared.creditMembers.length, n),
    groupEnd: blockMeans(all.groupEnd, prepared.kernel.groups.length, n),
    groupLoss: blockMeans(all.groupLoss, prepared.kernel.groups.length, n),
    groupCost: blockMeans(all.groupCost, prepared.kernel.groups.length, n),
    proceeds: pathMean(PATH_SUM.proceeds),
    endHistogram: binnedHistogram(layout, week(H1 - 1)),
    phaseTwoCall: { probability: calls / n, medianWeek: medianCallWeek(all.called), lockedLoss: pathMean(PATH_SUM.lockedTwo) },
    fetchedTwo: pathMean(PATH_SUM.fetchedTwo),
    income: pathMean(PATH_SUM.income),
  };
}
