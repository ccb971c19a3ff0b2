import { useId, type ReactNode } from 'react';
import { useT } from '../../i18n/use-t';

type ChartFigureProps = {
  title: string;
  /** One line under the title saying how to read the chart. */
  hint?: string;
  /** A sentence the reader must not miss (how to read a deduction), under the hint in the text colour. */
  note?: string;
  height: number;
  /** The chart itself: a canvas with role="img" and an aria-label. */
  chart: ReactNode;
  /** The same figures as a <table>, for screen readers and for reading exact numbers. */
  table: ReactNode;
  /** Figures shown beside the chart, always in view. */
  aside?: ReactNode;
  /** Show the table open rather than behind "Show the numbers". */
  tableOpen?: boolean;
  testId?: string;
  /** On the box that holds the canvas. */
  chartTestId?: string;
  className?: string;
};

/** A chart panel: title, hint, the canvas in a sized box, and the table alternative in a disclosure. */
export function ChartFigure({ title, hint, note, height, chart, table, aside, tableOpen = false, testId, chartTestId, className }: ChartFigureProps) {
  const t = useT();
  const titleId = useId();
  return (
    <section className={`panel chart-panel${className ? ` ${className}` : ''}`} aria-labelledby={titleId} data-testid={testId}>
      <h2 id={titleId}>{title}</h2>
      {hint && <p className="hint chart-hint">{hint}</p>}
      {note && (
        <p className="chart-note" data-testid={testId ? `${testId}-note` : undefined}>
          {note}
        </p>
      )}
      <div className={aside ? 'chart-layout' : undefined}>
        <div className="chart-box" style={{ height }} data-testid={chartTestId}>
          {chart}
        </div>
        {aside}
      </div>
      <details className="chart-table" open={tableOpen}>
        <summary>{t('results.chart.showTable')}</summary>
        {table}
      </details>
    </section>
  );
}
