import type { RunResult } from '../engine/run-result';
import type { TranslateFn } from '../i18n/translate';

/**
 * What a run's phase-one parts (loss by exposure and by holding) are, in words, for every caption that shows them:
 * "expected over 10,000 paths, margin-sale costs included", "on the deterministic mean path", or an older run's.
 */
export function attributionBasis(result: RunResult, count: (n: number) => string, t: TranslateFn): string {
  const p1 = result.phaseOne;
  if (p1.attribution === 'paths') return t('results.basis.paths', { paths: count(result.meta.paths) });
  if (result.meta.paths === 0 || p1.meanPath !== undefined) return t('results.basis.meanPath');
  return t('results.basis.legacy');
}
