import type { ChartData, ChartOptions } from 'chart.js';
import { Bar } from 'react-chartjs-2';
import type { RunResult } from '../../../../shared/engine/run-result';
import type { Formatters } from '../../format/format';
import { useT } from '../../i18n/use-t';
import { ChartFigure } from './chart-figure';
import { LadderExposureTable, LadderSummaryTable } from './ladder-tables';
import { ladderStacks, withAlpha } from './chart-data';
import { axisStyle, baseOptions, tooltipStyle, useChartTheme } from './chart-theme';
import { referenceLinesPlugin, type ReferenceLine } from './reference-lines';

type Props = { result: RunResult; fmt: Formatters; participation: number };

/** Cash raisable net of impact cost by day, stacked by exposure, with the cash need (when there is one) marked. */
export function LadderChart({ result, fmt, participation }: Props) {
  const t = useT();
  const theme = useChartTheme();
  const ladder = result.phaseTwo.liquidityLadder;
  const currency = result.meta.baseCurrency;
  const stacks = ladderStacks(ladder);
  const data: ChartData<'bar', number[], string> = {
    labels: ladder.days.map((day) => t('results.ladder.day', { day: fmt.number(day) })),
    datasets: stacks.map((s) => ({ label: t(`exposure.${s.tag}`), data: s.values, backgroundColor: theme.tags[s.tag], borderWidth: 0, barPercentage: 0.7 })),
  };
  const need = ladder.cashNeed;
  const lines: ReferenceLine[] =
    need === null ? [] : [{ axis: 'y', value: need.amount, label: t('results.ladderChart.need', { amount: fmt.moneyUnits(need.amount) }), color: theme.ui.negative, dash: [6, 4] }];
  const options: ChartOptions<'bar'> = {
    ...baseOptions<'bar'>(theme),
    interaction: { mode: 'index', intersect: false },
    plugins: {
      legend: { display: true, position: 'right', labels: { color: theme.ui.text, font: theme.font, boxWidth: 12 } },
      referenceLines: { lines, font: theme.labelFont, background: withAlpha(theme.ui.surface, 0.85) },
      tooltip: {
        ...tooltipStyle<'bar'>(theme),
        filter: (item) => Math.abs(Number(item.parsed.y)) >= 0.5,
        callbacks: {
          label: (item) => t('results.chart.seriesValue', { name: item.dataset.label ?? '', amount: fmt.moneyUnits(Number(item.parsed.y)) }),
          footer: (items) => t('results.ladderChart.tooltipTotal', { amount: fmt.moneyUnits(ladder.cashRaisable[items[0]?.dataIndex ?? 0] ?? 0) }),
        },
      },
    },
    scales: {
      x: { ...axisStyle(theme, undefined, false), stacked: true, ticks: { color: theme.ui.text, font: theme.font } },
      y: { ...axisStyle(theme, fmt.moneyCompact), stacked: true, suggestedMax: need === null ? undefined : need.amount * 1.05 },
    },
  };
  return (
    <ChartFigure
      title={t('results.ladderChart.title')}
      hint={t('results.ladderChart.hint', { participation: fmt.percent(participation, 0) })}
      height={300}
      testId="ladder"
      className="ladder-panel"
      chart={<Bar data={data} options={options} plugins={[referenceLinesPlugin]} role="img" aria-label={t('results.ladderChart.chartLabel', { currency })} />}
      aside={<LadderSummaryTable ladder={ladder} fmt={fmt} currency={currency} />}
      table={<LadderExposureTable ladder={ladder} stacks={stacks} fmt={fmt} currency={currency} />}
    />
  );
}
