import type { ChartData, ChartOptions } from 'chart.js';
import { Bar } from 'react-chartjs-2';
import type { RunResult } from '../../../../shared/engine/run-result';
import type { Formatters } from '../../format/format';
import { useT, type TranslateFn } from '../../i18n/use-t';
import { attributionBasis, lossText } from '../results-model';
import { ChartFigure } from './chart-figure';
import { waterfallSteps, type WaterfallStep } from './chart-data';
import { axisStyle, baseOptions, tooltipStyle, useChartTheme } from './chart-theme';

type Props = { result: RunResult; fmt: Formatters };

const stepLabel = (step: WaterfallStep, t: TranslateFn): string =>
  step.kind === 'start' ? t('results.waterfall.start') : step.kind === 'end' ? t('results.waterfall.end') : t(`exposure.${step.tag}`);

/** The waterfall's steps as a table: each exposure's loss and the value left after it. */
function WaterfallTable({ steps, fmt, currency }: { steps: WaterfallStep[]; fmt: Formatters; currency: string }) {
  const t = useT();
  return (
    <table className="holdings compact summary-table" data-testid="waterfall-table">
      <caption className="visually-hidden">{t('results.waterfall.caption', { currency })}</caption>
      <thead>
        <tr>
          <th scope="col">{t('results.waterfall.col.step')}</th>
          <th scope="col" className="num">
            {t('results.col.loss', { currency })}
          </th>
          <th scope="col" className="num">
            {t('results.waterfall.col.value', { currency })}
          </th>
        </tr>
      </thead>
      <tbody>
        {steps.map((step) => (
          <tr key={step.kind === 'exposure' ? step.tag : step.kind}>
            <th scope="row">{stepLabel(step, t)}</th>
            <td className={`num${step.kind === 'exposure' && step.loss < 0 ? ' is-gain' : ''}`}>
              {step.kind === 'exposure' ? lossText(step.loss, fmt, t) : t('results.none')}
            </td>
            <td className="num">{fmt.moneyUnits(step.to)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** From the value before the shock to the value after it on the mean path, one floating bar per exposure. */
export function WaterfallChart({ result, fmt }: Props) {
  const t = useT();
  const theme = useChartTheme();
  const currency = result.meta.baseCurrency;
  const steps = waterfallSteps(result);
  const colors = steps.map((s) => (s.kind === 'exposure' ? theme.tags[s.tag] : theme.ui.accent));
  const data: ChartData<'bar', [number, number][], string> = {
    labels: steps.map((s) => stepLabel(s, t)),
    datasets: [{ data: steps.map((s) => [s.from, s.to]), backgroundColor: colors, borderWidth: 0, borderRadius: 2, barPercentage: 0.85, categoryPercentage: 0.9 }],
  };
  const xAxis = axisStyle(theme, { title: t('charts.axis.step'), categories: true });
  const options: ChartOptions<'bar'> = {
    ...baseOptions<'bar'>(theme),
    plugins: {
      legend: { display: false },
      tooltip: {
        ...tooltipStyle<'bar'>(theme),
        callbacks: {
          label: (item) => {
            const step = steps[item.dataIndex];
            if (!step) return '';
            return step.kind === 'exposure'
              ? t('results.waterfall.tooltipStep', { loss: lossText(step.loss, fmt, t), value: fmt.moneyUnits(step.to) })
              : fmt.moneyUnits(step.to);
          },
        },
      },
    },
    scales: {
      x: { ...xAxis, ticks: { ...xAxis.ticks, maxRotation: 50, minRotation: 0, autoSkip: false } },
      y: { ...axisStyle(theme, { title: t('charts.axis.value', { currency }), format: fmt.moneyCompact }), beginAtZero: true },
    },
  };
  return (
    <ChartFigure
      title={t('results.waterfall.title')}
      hint={t('results.waterfall.hint', { basis: attributionBasis(result, fmt, t) })}
      height={300}
      testId="waterfall"
      chart={<Bar data={data} options={options} role="img" aria-label={t('results.waterfall.chartLabel', { currency })} />}
      table={<WaterfallTable steps={steps} fmt={fmt} currency={currency} />}
    />
  );
}
