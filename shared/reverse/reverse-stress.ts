import type { ExposureTag } from '../domain/exposure';
import { type Factor, FACTORS, type Scenario } from '../domain/scenario';
import { prepareRun } from '../engine/prepare';
import { IS_FRACTION } from '../engine/kernel';
import { stressedCovariance } from '../model/covariance';
import type { ModelInput } from '../model/positions';
import { solveReverse } from './reverse-solve';

/**
 * Reverse stress test of a book: the most plausible factor shock (smallest Mahalanobis distance under the stressed
 * covariance of the template's horizon and correlation convergence) whose phase-one loss on the mean path — the
 * engine's own revaluation, forced sales included — reaches the target. Every factor is part of the answer, so the
 * result is an ordinary scenario whose core shocks are all factors and whose `--paths 0` run loses the target.
 */
export type ReverseTarget = { kind: 'loss'; amount: number } | { kind: 'lossFraction'; fraction: number };

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
    }
  | { reached: false; why: 'flat' | 'bounded'; startValue: number; bestLoss: number };

/** The template's scenario with every factor shocked by `f`, evaluated on the mean path only. */
export function withShocks(template: Scenario, f: ArrayLike<number>): Scenario {
  const shocks = Object.fromEntries(FACTORS.map((factor, k) => [factor, f[k]!])) as Record<Factor, number>;
  return { ...template, phaseOne: { ...template.phaseOne, shocks }, run: { ...template.run, paths: 0 } };
}

export function reverseStress(input: Omit<ModelInput, 'scenario'>, template: Scenario, target: ReverseTarget): ReverseAnswer {
  const evaluate = (f: ArrayLike<number>) => prepareRun({ ...input, scenario: withShocks(template, f) }).deterministic;
  const startValue = input.holdings.reduce((a, h) => a + h.valueBase, 0);
  const amount = target.kind === 'loss' ? target.amount : target.fraction * startValue;
  const sigma = stressedCovariance(input.resources.factorModel, template.correlationConvergence, template.phaseOne.horizonWeeks);
  const solved = solveReverse((f) => evaluate(f).phaseOneLoss, sigma, amount, { isFraction: IS_FRACTION });
  if (!solved.reached) return { reached: false, why: solved.why, startValue, bestLoss: solved.best };
  const at = evaluate(solved.shock);
  return {
    reached: true,
    shocks: Object.fromEntries(FACTORS.map((factor, k) => [factor, solved.shock[k]!])) as Record<Factor, number>,
    d: solved.d,
    startValue,
    loss: at.phaseOneLoss,
    byExposure: at.byExposure,
    iterations: solved.iterations,
  };
}
