import type { ExposureTag } from '../domain/exposure';
import { FACTORS, ORIGINAL_FACTOR_COUNT, Scenario } from '../domain/scenario';
import { conditionalShock } from '../model/conditional';
import { annualVols, correlationMatrix, covarianceFrom, stressedCorrelation, stressSigns } from '../model/covariance';
import { explainHoldings, type Reasons } from '../model/explain';
import { fxReturn, inBase } from '../model/fx';
import { instrumentReturn } from '../model/instruments';
import { psdSqrt, psdSqrtLeading, subMatrix } from '../model/linalg';
import { sellingOrder } from '../model/margin';
import { groupPositions, type ModelInput, subPositions } from '../model/positions';
import { meanPathMultipliers, resolveRegime } from '../model/regime';
import { kernelGroups, subLiquidity } from './build-groups';
import { type Deterministic, evaluateDeterministic } from './deterministic';
import { groupFactors, IS_FRACTION, K_CREDIT, type KernelSpec } from './kernel';

/**
 * Everything a worker needs to simulate any range of paths: plain JSON (no typed arrays, no functions), so it can be
 * posted to a worker or written to disk. Workers rebuild their typed-array runtime from `kernel` (cheap).
 */
export type PreparedRun = {
  version: 1;
  meta: { seed: number; paths: number; scenarioId: string; baseCurrency: string; excludedHoldings: string[] };
  kernel: KernelSpec;
  /** Holdings in input order, with their start value in the base currency. */
  holdings: { holdingId: string; symbol: string; account: string; value: number }[];
  /** Exposure tag of each kernel group; holdings (by index) in each credit group, in kernel credit order. */
  groupTags: ExposureTag[];
  /**
   * Members of each kernel group: holding index and share of the group's value. Members share the group's model, so
   * a group's loss on every path splits by value share: the per-holding attribution is exact and additive.
   */
  groupMembers: { holding: number; share: number }[][];
  creditMembers: number[][];
  deterministic: Deterministic;
  /** Why each holding loses what it does, at the mean phase-one move. */
  reasons: Reasons;
};

/**
 * Builds the run: stressed covariance, conditional shock, aggregated instrument groups, mean-path results. Pure;
 * throws a ZodError when the scenario is not valid.
 */
export function prepareRun(input: ModelInput): PreparedRun {
  const { resources } = input;
  const scenario = Scenario.parse(input.scenario);
  const fm = resources.factorModel;
  const h = scenario.phaseOne.horizonWeeks;
  const H = scenario.phaseTwo.horizonWeeks;
  const corr = stressedCorrelation(correlationMatrix(fm), stressSigns(fm), scenario.correlationConvergence);
  const vols = annualVols(fm);
  const covAnnual = covarianceFrom(corr, vols);
  const cond = conditionalShock(covarianceFrom(corr, vols, h / 52), scenario.phaseOne.shocks);
  const fBar = Float64Array.from(cond.mean, (v, k) => (IS_FRACTION[k] && v < -1 ? -1 : v));

  const subs = subPositions(input);
  const groups = groupPositions(subs);
  const groupOfSub = new Int32Array(subs.length).fill(-1);
  groups.forEach((g, gi) => g.members.forEach((i) => (groupOfSub[i] = gi)));
  // Returns in the base currency: the model's return and the currency's move, (1 + r)(1 + φ) − 1.
  const fxOfSub = Float64Array.from(subs, (s) => fxReturn(s.fx, fBar));
  const rOfSub = Float64Array.from(subs, (s, i) => inBase(instrumentReturn(s.params, fBar, h), fxOfSub[i]!));
  const xOfSub = Float64Array.from(rOfSub, (r) => 1 + r);
  const liq = subLiquidity(subs, xOfSub, fBar, covAnnual, h, scenario.liquidity);
  const kGroups = kernelGroups(groups, liq, h, covAnnual);
  // Cash and loans outside any group (their currency moves like the base) are a constant.
  const constant = subs.reduce((a, s, i) => a + (s.params.kind === 'cash' && groupOfSub[i]! < 0 ? s.value : 0), 0);
  const startValue = subs.reduce((a, s) => a + s.value, 0);
  const costRates = Float64Array.from(kGroups, (g) => g.costRate);
  const marginOrder = sellingOrder(costRates, (g) => kGroups[g]!.maintenance > 0 && kGroups[g]!.value !== 0);

  const used = [...new Set(kGroups.flatMap(groupFactors))].sort((a, b) => a - b);
  const weekly = covarianceFrom(corr, vols, 1 / 52);
  const regime = resolveRegime(scenario.phaseTwo.regime, resources.regimes);
  const kernel: KernelSpec = {
    seed: scenario.run.seed,
    phaseOneWeeks: h,
    horizonWeeks: H,
    severityDispersion: scenario.severityDispersion,
    coreIdx: cond.coreIdx,
    coreShock: [...cond.coreShock],
    nonCoreIdx: cond.nonCoreIdx,
    condLoadings: [...cond.loadings],
    // The original factors' block keeps its square root (and, in the path loop, its normals): see simulate-batch.ts.
    condChol: [...psdSqrtLeading(cond.cov, cond.nonCoreIdx.filter((k) => k < ORIGINAL_FACTOR_COUNT).length)],
    usedIdx: used,
    weeklyChol: [...psdSqrt({ n: used.length, a: subMatrix(weekly, used, used) })],
    multipliers: [...meanPathMultipliers(regime, H)],
    multipliersIfNegative: [...meanPathMultipliers(regime, H, true)],
    groups: kGroups,
    marginOrder: [...marginOrder],
    constant,
    startValue,
  };
  const holdings = input.holdings.map(({ holding, valueBase }) => ({ holdingId: holding.id, symbol: holding.symbol, account: holding.account, value: valueBase }));
  const creditMembers = groups
    .filter((_, gi) => kGroups[gi]!.kind === K_CREDIT)
    .map((g) => [...new Set(g.members.map((i) => subs[i]!.holdingIndex))]);
  const deterministic = evaluateDeterministic({ kernel, subs, groupOfSub, rOfSub, xOfSub, fxOfSub, liq, fBar, cond, scenario, holdingCount: input.holdings.length, cashByDay: input.cashByDay });
  return {
    version: 1,
    meta: {
      seed: scenario.run.seed,
      paths: scenario.run.paths,
      scenarioId: scenario.id,
      baseCurrency: input.baseCurrency,
      excludedHoldings: input.excludedHoldings ?? [],
    },
    kernel,
    holdings,
    groupTags: groups.map((g) => g.tag),
    groupMembers: groups.map((g) => g.members.map((i) => ({ holding: subs[i]!.holdingIndex, share: g.value === 0 ? 0 : subs[i]!.value / g.value }))),
    creditMembers,
    reasons: explainHoldings(subs, input.holdings.length, fBar, h),
    deterministic: { ...deterministic, factors: Object.fromEntries(FACTORS.map((f, k) => [f, fBar[k]!])) as Deterministic['factors'] },
  };
}
