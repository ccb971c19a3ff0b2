import { useId } from 'react';
import { ExposureAmountTable } from '../components/exposure-amount-table';
import type { Formatters } from '../format/format';
import { useT } from '../i18n/use-t';
import { ExposureBars, exposureBarsHeight } from '../results/charts/exposure-loss-chart';
import { lossText } from '../results/results-model';
import { exposureRows, type Reached } from './reverse-model';

/** The answer's loss by exposure on the mean path: bars in the chips' colours, and the table (to the cent) behind them. */
export function ReverseExposurePanel({ answer, currency, fmt }: { answer: Reached; currency: string; fmt: Formatters }) {
  const t = useT();
  const titleId = useId();
  const { rows, totalCents } = exposureRows(answer);
  const bars = rows.map((r) => ({ key: r.tag, loss: r.loss, share: r.share }));
  return (
    <section className="panel rv-exposure" aria-labelledby={titleId} data-testid="reverse-exposure">
      <h3 id={titleId}>{t('reverse.ui.byExposure.title')}</h3>
      <p className="hint">{t('reverse.ui.byExposure.hint')}</p>
      <div className="chart-box" style={{ height: exposureBarsHeight(rows.length) }} data-testid="reverse-exposure-chart">
        <ExposureBars rows={bars} currency={currency} fmt={fmt} label={t('reverse.ui.byExposure.chartLabel', { currency })} />
      </div>
      <ExposureAmountTable
        rows={rows.map((r) => ({ tag: r.tag, amount: lossText(r.cents / 100, fmt, t), tone: r.loss < 0 ? 'is-gain' : undefined, share: r.share }))}
        caption={t('reverse.ui.byExposure.caption', { currency })}
        heads={{ tag: t('results.byExposure.col.tag'), amount: t('results.col.loss', { currency }), share: t('results.byExposure.col.share') }}
        total={{ label: t('results.total'), amount: lossText(totalCents / 100, fmt, t), testId: 'reverse-exposure-total' }}
        percent={fmt.percent}
        testId="reverse-exposure-table"
        rowTestId="reverse-exposure-row"
      />
    </section>
  );
}
