import type { RunResult } from '../../../../shared/engine/run-result';
import type { Formatters } from '../../format/format';
import { useT } from '../../i18n/use-t';
import { ladderRows } from '../results-model';
import type { LadderStack } from './chart-data';

type Ladder = RunResult['phaseTwo']['liquidityLadder'];

/** Cash raisable by day 1 … 365, net of impact cost, with the cost beside it. */
export function LadderSummaryTable({ ladder, fmt, currency }: { ladder: Ladder; fmt: Formatters; currency: string }) {
  const t = useT();
  return (
    <table className="holdings compact summary-table" data-testid="liquidity-ladder">
        <caption className="visually-hidden">{t('results.ladder.caption', { currency })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('results.ladder.col.day')}</th>
            <th scope="col" className="num">
              {t('results.ladder.col.cash', { currency })}
            </th>
            <th scope="col" className="num">
              {t('results.ladder.col.cost', { currency })}
            </th>
          </tr>
        </thead>
        <tbody>
          {ladderRows(ladder).map((row) => (
            <tr key={row.day} data-testid="ladder-row">
              <th scope="row">{t('results.ladder.day', { day: fmt.number(row.day) })}</th>
              <td className="num">{fmt.moneyUnits(row.cash)}</td>
              <td className="num">{fmt.moneyUnits(row.cost)}</td>
            </tr>
          ))}
        </tbody>
    </table>
  );
}

/** The ladder's table alternative: cash raisable by day for each exposure, the total and the impact cost. */
export function LadderExposureTable({ ladder, stacks, fmt, currency }: { ladder: Ladder; stacks: LadderStack[]; fmt: Formatters; currency: string }) {
  const t = useT();
  return (
    <table className="holdings compact summary-table" data-testid="ladder-table">
      <caption className="visually-hidden">{t('results.ladderChart.caption', { currency })}</caption>
      <thead>
        <tr>
          <th scope="col">{t('results.byExposure.col.tag')}</th>
          {ladder.days.map((day) => (
            <th key={day} scope="col" className="num">
              {t('results.ladder.day', { day: fmt.number(day) })}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {stacks.map((stack) => (
          <tr key={stack.tag}>
            <th scope="row">{t(`exposure.${stack.tag}`)}</th>
            {stack.values.map((v, i) => (
              <td key={i} className="num">
                {fmt.moneyUnits(v)}
              </td>
            ))}
          </tr>
        ))}
        <tr className="is-total">
          <th scope="row">{t('results.ladderChart.total')}</th>
          {ladder.cashRaisable.map((v, i) => (
            <td key={i} className="num">
              {fmt.moneyUnits(v)}
            </td>
          ))}
        </tr>
        <tr>
          <th scope="row">{t('results.ladderChart.cost')}</th>
          {ladder.costs.map((v, i) => (
            <td key={i} className="num">
              {fmt.moneyUnits(v)}
            </td>
          ))}
        </tr>
      </tbody>
    </table>
  );
}

