import type { ExposureTag } from '../domain/exposure';
import { type Factor, FACTORS, type Scenario } from '../domain/scenario';
import type { Deterministic } from '../engine/deterministic';
import { prepareRun } from '../engine/prepare';
import { IS_FRACTION } from '../engine/kernel';
import { stressedCovariance } from '../model/covariance';
import type { ModelInput } from '../model/positions';
import { solveReverse } from './reverse-solve';

/**
 * Reverse stress test of a book: the most plausible factor shock (smallest Mahalanobis distance under the stressed
 * covariance of the template's horizon and correlation convergence) that reaches a target on the mean path, as the
 * engine itself revalues the book (forced sales included):
 * - a phase-one loss (an amount, or a share of the book's value);
 * - a margin call: equity falls below the maintenance requirement (the deficit, requirement − equity, turns positive);
 * - a cash shortfall: the cash raisable by day N, net of impact cost, falls below an amount.
 * Every factor is part of the answer, so the result is an ordinary scenario whose core shocks are all factors and
 * whose `--paths 0` run reaches the target.
 */
export type ReverseTarget =
  | { kind: 'loss'; amount: number }
  | { kind: 'lossFraction'; fraction: number }
  | { kind: 'marginCall' }
  | { kind: 'cash'; amount: number; day: number };

export type ReverseAnswer =
  | {
      reached: true;
      shocks: Record<Factor, number>;
      /** Mahalanobis distance of the shock, as the plausibility score measures it. */
      d: number;
      startValue: number;
      loss: number;
      byExposure: Partial<Record<ExposureTag, number>>;
      iterations: number;
      /** Whether the shock triggers a margin call in phase one, and the cash raisable by the cash target's day. */
      marginCall: boolean;
      cashRaisable: number | null;
    }
  /** `bestLoss`: for a loss target, the most the book loses along the most plausible way; `bestCash`: for a cash target, the least it can still raise by the day. */
  | { reached: false; why: 'flat' | 'bounded'; startValue: number; bestLoss: number; bestCash: number | null };

/** What the solver drives to its threshold for each target, and the threshold (a hair above 0 for calls and shortfalls). */
function aim(target: ReverseTarget, startValue: number, gross: number) {
  switch (target.kind) {
    case 'loss':
    case 'lossFraction':
      return { measure: (d: Deterministic) => d.phaseOneLoss, threshold: target.kind === 'loss' ? target.amount : target.fraction * startValue };
    case 'marginCall':
      return { measure: (d: Deterministic) => d.marginDeficit, threshold: 1e-4 * gross };
    case 'cash':
      return { measure: (d: Deterministic) => target.amount - (d.cashByDay ?? 0), threshold: 1e-4 * target.amount };
  }
}

/** The template's scenario with every factor shocked by `f`, evaluated on the mean path only. */
export function withShocks(template: Scenario, f: ArrayLike<number>): Scenario {
  const shocks = Object.fromEntries(FACTORS.map((factor, k) => [factor, f[k]!])) as Record<Factor, number>;
  return { ...template, phaseOne: { ...template.phaseOne, shocks }, run: { ...template.run, paths: 0 } };
}

export function reverseStress(input: Omit<ModelInput, 'scenario'>, template: Scenario, target: ReverseTarget): ReverseAnswer {
  const cashByDay = target.kind === 'cash' ? target.day : undefined;
  const evaluate = (f: ArrayLike<number>) => prepareRun({ ...input, cashByDay, scenario: withShocks(template, f) }).deterministic;
  const startValue = input.holdings.reduce((a, h) => a + h.valueBase, 0);
  const gross = input.holdings.reduce((a, h) => a + Math.abs(h.valueBase), 0);
  const { measure, threshold } = aim(target, startValue, gross);
  const sigma = stressedCovariance(input.resources.factorModel, template.correlationConvergence, template.phaseOne.horizonWeeks);
  const solved = solveReverse((f) => measure(evaluate(f)), sigma, threshold, { isFraction: IS_FRACTION });
  if (!solved.reached) {
    const bestLoss = target.kind === 'loss' || target.kind === 'lossFraction' ? solved.best : 0;
    const bestCash = target.kind === 'cash' ? target.amount - solved.best : null;
    return { reached: false, why: solved.why, startValue, bestLoss, bestCash };
  }
  const at = evaluate(solved.shock);
  return {
    reached: true,
    shocks: Object.fromEntries(FACTORS.map((factor, k) => [factor, solved.shock[k]!])) as Record<Factor, number>,
    d: solved.d,
    startValue,
    loss: at.phaseOneLoss,
    byExposure: at.byExposure,
    iterations: solved.iterations,
    marginCall: at.marginCall.triggered,
    cashRaisable: at.cashByDay,
  };
}
