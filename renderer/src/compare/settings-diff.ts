import type { RunRecord } from '../../../shared/api/runs-api';
import { FACTOR_UNIT, FACTORS, type RegimeSpec } from '../../../shared/domain/scenario';
import { createFormatters } from '../format/format';
import type { TranslateFn } from '../i18n/use-t';
import { formatFactorMove } from '../results/results-model';
import { sameValue } from '../results/same-result';

/**
 * What differs between the compared runs: the portfolio, then the scenario settings (shocks, λ, severity dispersion,
 * regime, horizons, liquidity), paths and seed. Only settings that differ are listed; values are compared raw, then written out.
 */

export type DiffRow = { id: string; label: string; values: string[] };

/** A regime in words: a built-in by name, a custom one factor by factor. */
export function regimeText(regime: RegimeSpec, t: TranslateFn, locale: string): string {
  if (regime === 'ease') return t('compare.regime.ease');
  if (regime === 'no-ease') return t('compare.regime.no-ease');
  const fmt = createFormatters(locale, 'USD');
  const parts = FACTORS.flatMap((factor) => {
    const f = regime.custom[factor];
    if (!f) return [];
    return [
      t('compare.regime.customFactor', {
        factor,
        retrace: fmt.number(f.retrace, 2),
        lag: fmt.number(f.lagWeeks),
        halfLife: fmt.number(f.halfLifeWeeks, 1),
      }),
    ];
  });
  return t('compare.regime.custom', { factors: parts.length === 0 ? t('compare.regime.customNone') : parts.join('; ') });
}

export function settingsDiff(records: readonly RunRecord[], locale: string, t: TranslateFn): DiffRow[] {
  const rows: DiffRow[] = [];
  const plain = createFormatters(locale, 'USD');
  const add = <V>(id: string, label: string, read: (r: RunRecord) => V, show: (v: V, r: RunRecord) => string) => {
    const raw = records.map(read);
    if (raw.every((v) => sameValue(v, raw[0]))) return;
    rows.push({ id, label, values: raw.map((v, i) => show(v, records[i] as RunRecord)) });
  };
  const scenario = (r: RunRecord) => r.meta.scenario;
  // A what-if beside its original: the same scenario on another book.
  add('portfolio', t('compare.diff.portfolio'), (r) => r.meta.portfolioId ?? r.meta.portfolioName, (_, r) => r.meta.portfolioName);
  for (const factor of FACTORS) {
    add(
      `shock.${factor}`,
      t('compare.diff.shock', { factor: t(`results.factor.${factor}`) }),
      (r) => scenario(r).phaseOne.shocks[factor] ?? null,
      (move) => {
        if (move === null) return t('compare.diff.notShocked');
        const unit = FACTOR_UNIT[factor];
        const text = formatFactorMove({ move, unit }, plain);
        return unit === 'bp' ? t('results.factors.bp', { value: text }) : text;
      },
    );
  }
  add('shockHorizon', t('compare.diff.shockHorizon'), (r) => scenario(r).phaseOne.horizonWeeks, (v) => plain.duration(v, 'week'));
  add('lambda', t('compare.diff.lambda'), (r) => scenario(r).correlationConvergence, (v) => plain.number(v, 2));
  add('dispersion', t('compare.diff.dispersion'), (r) => scenario(r).severityDispersion, (v) => plain.number(v, 2));
  add('regime', t('compare.diff.regime'), (r) => scenario(r).phaseTwo.regime, (v) => regimeText(v, t, locale));
  add('horizon', t('compare.diff.horizon'), (r) => scenario(r).phaseTwo.horizonWeeks, (v) => plain.duration(v, 'week'));
  add('participation', t('compare.diff.participation'), (r) => scenario(r).liquidity.participation, (v) => plain.percent(v));
  add('impactY', t('compare.diff.impactY'), (r) => scenario(r).liquidity.impactY, (v) => plain.number(v, 2));
  add(
    'cashNeed',
    t('compare.diff.cashNeed'),
    (r) => scenario(r).liquidity.cashNeed,
    (v, r) => (v === null ? t('compare.diff.noCashNeed') : createFormatters(locale, r.result.meta.baseCurrency).moneyUnits(v)),
  );
  add('factorModel', t('models.diff.label'), (r) => r.meta.factorModel?.id ?? null, (v, r) => (v === null ? t('models.run.builtIn') : (r.meta.factorModel?.name ?? v)));
  add('paths', t('compare.diff.paths'), (r) => r.meta.paths, (v) => plain.number(v));
  add('seed', t('compare.diff.seed'), (r) => r.meta.seed, (v) => String(v));
  return rows;
}
