import { useId } from 'react';
import type { RunRecord } from '../../../shared/api/runs-api';
import { createFormatters } from '../format/format';
import { useFormatters } from '../format/use-formatters';
import { useT, type TranslateFn } from '../i18n/use-t';
import { horizonWeeks, lossText } from '../results/results-model';
import { useAppStore } from '../stores/app-store';
import { compareRows, type MetricCell, type MetricRow } from './compare-metrics';
import { phaseOneNote } from './phase-one-note';
import { settingsDiff } from './settings-diff';

type Props = { records: RunRecord[]; labels: string[] };

function rowLabel(row: MetricRow, t: TranslateFn, num: (n: number) => string): string {
  switch (row.id) {
    case 'var95':
    case 'var99':
    case 'es975':
      return t(`results.${row.id}`);
    case 'median':
      return t('results.median.week', { week: num(row.at ?? 0) });
    case 'cash':
      return t('compare.metric.cash', { day: num(row.at ?? 0) });
    case 'recoveryTime':
      return t('results.recoveryTime');
    default:
      return t(`compare.metric.${row.id}`);
  }
}

function cellText(row: MetricRow, cell: MetricCell, record: RunRecord, locale: string, t: TranslateFn): string {
  const fmt = createFormatters(locale, record.result.meta.baseCurrency);
  const { value } = cell;
  const horizon = horizonWeeks(record.result.phaseTwo);
  if (row.kind === 'weeks') return value === null ? t('results.recoveryTime.never', { weeks: fmt.duration(horizon, 'week') }) : fmt.duration(value, 'week');
  if (value === null) return t('results.median.beyond', { weeks: fmt.number(horizon) });
  switch (row.kind) {
    case 'money':
      return fmt.moneyUnits(value);
    case 'loss':
      return lossText(value, fmt, t);
    case 'percent':
      return fmt.percent(value);
    case 'yesno':
      return t(value > 0 ? 'results.margin.yes' : 'results.margin.no');
    case 'probability':
      return cell.week === undefined ? fmt.percent(value) : t('compare.recovery.value', { pct: fmt.percent(value), week: fmt.number(cell.week) });
  }
}

/** Headline metrics side by side, one column per run, the worst value in each ranked row marked. */
export function CompareTable({ records, labels }: Props) {
  const t = useT();
  const fmt = useFormatters();
  const locale = useAppStore((s) => s.settings?.locale ?? 'en-US');
  const titleId = useId();
  const rows = compareRows(records);
  const sameNote = phaseOneNote(records, settingsDiff(records, locale, t), t, fmt.list);
  return (
    <section className="panel" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('compare.table.title')}</h2>
      <p className="hint">{t('compare.table.worstNote')}</p>
      {sameNote && (
        <p className="note" data-testid="compare-phase-one-same">
          {sameNote}
        </p>
      )}
      <div className="table-wrap compare-table-wrap">
        <table className="holdings compare-table" data-testid="compare-table">
          <caption className="visually-hidden">{t('compare.table.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('compare.table.col.metric')}</th>
              {records.map((r, i) => (
                <th key={r.runId} scope="col" className="num compare-column" data-testid="compare-column" data-run-id={r.runId}>
                  <span className="compare-column-name">
                    <span className={`series-swatch series-${i + 1}`} aria-hidden="true" />
                    {labels[i]}
                  </span>
                  <span className="compare-column-meta">
                    {t('compare.table.columnMeta', { portfolio: r.meta.portfolioName, date: fmt.dateTime(r.createdAt), paths: fmt.number(r.meta.paths) })}
                  </span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={`${row.id}-${row.at ?? ''}`} data-testid="compare-row" data-metric={row.id}>
                <th scope="row">{rowLabel(row, t, (n) => fmt.number(n))}</th>
                {row.cells.map((cell, i) => {
                  const record = records[i];
                  if (!record) return null;
                  const worst = row.worst[i] ?? false;
                  return (
                    <td key={record.runId} className={`num${worst ? ' is-worst' : ''}`} data-worst={worst || undefined}>
                      {cellText(row, cell, record, locale, t)}
                      {worst && <span className="worst-badge">{t('compare.table.worst')}</span>}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
