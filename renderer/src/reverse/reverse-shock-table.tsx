import { useId } from 'react';
import type { Formatters } from '../format/format';
import { useT, type TranslateFn } from '../i18n/use-t';
import type { ShockRow } from './reverse-model';

/** A move in its factor's unit: a signed percentage, or signed basis points. */
export const moveText = (unit: ShockRow['unit'], move: number, fmt: Formatters, t: TranslateFn): string =>
  unit === 'bp' ? t('scenarios.bound.bp', { value: fmt.signedBasisPoints(move) }) : fmt.signedPercent(move);

/** Every factor's move, its unit and its size in standard deviations, largest first. */
export function ReverseShockTable({ rows, horizonWeeks, fmt }: { rows: readonly ShockRow[]; horizonWeeks: number; fmt: Formatters }) {
  const t = useT();
  const titleId = useId();
  return (
    <section className="panel rv-shocks" aria-labelledby={titleId} data-testid="reverse-shocks">
      <h3 id={titleId}>{t('reverse.ui.shocks.title')}</h3>
      <p className="hint">{t('reverse.ui.shocks.order', { weeks: fmt.duration(horizonWeeks, 'week') })}</p>
      <div className="table-wrap">
        <table className="holdings compact rv-shock-table">
          <caption className="visually-hidden">{t('reverse.ui.shocks.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('scenarios.shocks.col.factor')}</th>
              <th scope="col" className="num">
                {t('reverse.ui.shocks.col.move')}
              </th>
              <th scope="col">{t('reverse.ui.shocks.col.unit')}</th>
              <th scope="col" className="num">
                {t('reverse.ui.shocks.col.sd')}
              </th>
              <th scope="col" className="num">
                {t('reverse.ui.shocks.col.z')}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.factor} data-factor={r.factor} data-testid="reverse-shock-row">
                <th scope="row">
                  <span className="sc-factor-name">
                    <span>{t(`results.factor.${r.factor}`)}</span>
                    <code className="factor-code">{r.factor}</code>
                  </span>
                </th>
                <td className={`num${r.move < 0 ? ' is-negative' : ''}`}>{moveText(r.unit, r.move, fmt, t)}</td>
                <td>{t(r.unit === 'bp' ? 'reverse.ui.unit.bp' : 'reverse.ui.unit.percent')}</td>
                <td className="num">{r.unit === 'bp' ? t('scenarios.bound.bp', { value: fmt.number(r.sd, 0) }) : fmt.percent(r.sd)}</td>
                <td className="num">{t('reverse.ui.sigmaValue', { z: fmt.signedNumber(r.z, 2) })}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
