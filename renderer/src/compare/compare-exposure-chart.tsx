import type { ChartData, ChartOptions } from 'chart.js';
import { Bar } from 'react-chartjs-2';
import type { RunRecord } from '../../../shared/api/runs-api';
import type { Formatters } from '../format/format';
import { useT } from '../i18n/use-t';
import { ChartFigure } from '../results/charts/chart-figure';
import { axisStyle, baseOptions, tooltipStyle, useChartTheme } from '../results/charts/chart-theme';
import { lossText } from '../results/results-model';
import { exposureGroups, type ExposureGroups } from './compare-series';
import { ExposureChipStatic } from '../components/exposure-amount-table';

type Props = { records: RunRecord[]; labels: string[]; fmt: Formatters };

function GroupsTable({ groups, labels, fmt, currency }: { groups: ExposureGroups; labels: string[]; fmt: Formatters; currency: string }) {
  const t = useT();
  return (
    <div className="table-scroll">
      <table className="holdings compact summary-table" data-testid="compare-exposure-table">
        <caption className="visually-hidden">{t('compare.exposure.caption', { currency })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('results.byExposure.col.tag')}</th>
            {labels.map((label) => (
              <th key={label} scope="col" className="num">
                {label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {groups.tags.map((tag, j) => (
            <tr key={tag}>
              <th scope="row">
                <ExposureChipStatic tag={tag} />
              </th>
              {groups.losses.map((losses, i) => (
                <td key={i} className="num">
                  {lossText(losses[j] ?? 0, fmt, t)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Phase-one loss by exposure, one bar per run in each exposure group, in the runs' colours. */
export function CompareExposureChart({ records, labels, fmt }: Props) {
  const t = useT();
  const theme = useChartTheme();
  const currency = records[0]?.result.meta.baseCurrency ?? '';
  const groups = exposureGroups(records);
  const data: ChartData<'bar', number[], string> = {
    labels: groups.tags.map((tag) => t(`exposure.${tag}`)),
    datasets: groups.losses.map((losses, i) => ({
      label: labels[i] ?? '',
      data: losses,
      backgroundColor: theme.series[i] ?? theme.ui.accent,
      borderWidth: 0,
      borderRadius: 2,
      barPercentage: 0.9,
      categoryPercentage: 0.8,
    })),
  };
  const options: ChartOptions<'bar'> = {
    ...baseOptions<'bar'>(theme),
    interaction: { mode: 'index', intersect: false },
    plugins: {
      legend: { display: true, position: 'bottom', labels: { color: theme.ui.text, font: theme.font, boxWidth: 14 } },
      tooltip: {
        ...tooltipStyle<'bar'>(theme),
        callbacks: { label: (item) => t('compare.fan.tooltip', { name: item.dataset.label ?? '', amount: lossText(Number(item.parsed.y), fmt, t) }) },
      },
    },
    scales: {
      x: (() => {
        const axis = axisStyle(theme, { title: t('charts.axis.exposure'), categories: true });
        return { ...axis, ticks: { ...axis.ticks, autoSkip: false, maxRotation: 50 } };
      })(),
      y: { ...axisStyle(theme, { title: t('charts.axis.loss', { currency }), format: fmt.moneyCompact }), beginAtZero: true },
    },
  };
  return (
    <ChartFigure
      title={t('compare.exposure.title')}
      hint={t('compare.exposure.hint')}
      height={340}
      testId="compare-exposure-panel"
      chartTestId="compare-exposure"
      chart={<Bar data={data} options={options} role="img" aria-label={t('compare.exposure.chartLabel', { currency })} />}
      table={<GroupsTable groups={groups} labels={labels} fmt={fmt} currency={currency} />}
    />
  );
}
