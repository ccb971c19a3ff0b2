import type { ChartData, ChartDataset, ChartOptions } from 'chart.js';
import { Chart } from 'react-chartjs-2';
import { drawOrder, ladderView } from '../../../../shared/charts/ladder-view';
import type { RunResult } from '../../../../shared/engine/run-result';
import type { Formatters } from '../../format/format';
import { useT } from '../../i18n/use-t';
import { ChartFigure } from './chart-figure';
import { LadderExposureTable, LadderSummaryTable } from './ladder-tables';
import { withAlpha } from './chart-data';
import { axisStyle, baseOptions, tooltipStyle, useChartTheme } from './chart-theme';
import { referenceLinesPlugin, type ReferenceLine } from './reference-lines';

type Props = { result: RunResult; fmt: Formatters; participation: number };
type Mixed = 'bar' | 'line';

/** Diagonal stripes: the margin loan, a deduction, never mistaken for an exposure's solid colour. */
function hatch(color: string, background: string): CanvasPattern | string {
  const canvas = document.createElement('canvas');
  canvas.width = canvas.height = 8;
  const g = canvas.getContext('2d');
  if (!g) return color;
  g.fillStyle = background;
  g.fillRect(0, 0, 8, 8);
  g.strokeStyle = color;
  g.lineWidth = 2;
  g.beginPath();
  for (const [x0, y0, x1, y1] of [[-2, 10, 10, -2], [-2, 2, 2, -2], [6, 10, 10, 6]] as const) {
    g.moveTo(x0, y0);
    g.lineTo(x1, y1);
  }
  g.stroke();
  return g.createPattern(canvas, 'repeat') ?? color;
}

/**
 * Cash raisable net of impact cost by day, stacked by exposure (cash at the bottom, the legend and the table top of
 * the stack first); a margin loan below zero with the free cash left after repaying it as a line; a cash need marked.
 */
export function LadderChart({ result, fmt, participation }: Props) {
  const t = useT();
  const theme = useChartTheme();
  const ladder = result.phaseTwo.liquidityLadder;
  const currency = result.meta.baseCurrency;
  const view = ladderView(ladder);
  const bottomFirst = drawOrder(view.stacks);
  const datasets: ChartDataset<Mixed, number[]>[] = bottomFirst.map((s) => ({
    type: 'bar',
    label: t(`exposure.${s.tag}`),
    data: s.values,
    backgroundColor: theme.tags[s.tag],
    borderColor: theme.ui.surface,
    borderWidth: { top: 1 },
    barPercentage: 0.7,
    pointStyle: 'rect',
  }));
  const owed = view.deduction;
  if (owed) {
    datasets.push({ type: 'bar', label: t('charts.ladder.loanLegend'), data: view.rows.map(() => -owed.loan), backgroundColor: hatch(theme.ui.negative, theme.ui.surface), borderColor: theme.ui.negative, borderWidth: 1, barPercentage: 0.7, pointStyle: 'rect' });
    datasets.push({ type: 'line', label: t('charts.ladder.free'), data: owed.free, stack: 'free', order: -1, pointStyle: 'circle', borderColor: theme.ui.text, backgroundColor: theme.ui.surface, borderWidth: 2, borderDash: [6, 3], pointRadius: 4, pointBorderWidth: 2, pointBorderColor: theme.ui.text, pointBackgroundColor: theme.ui.surface });
  }
  // Legend and tooltip: top of the stack first, then the loan, then the free-cash line.
  const rank = (datasetIndex: number) => (datasetIndex < bottomFirst.length ? bottomFirst.length - 1 - datasetIndex : datasetIndex);
  const data: ChartData<Mixed, number[], string> = { labels: view.days.map((day) => t('results.ladder.day', { day: fmt.number(day) })), datasets };
  const need = ladder.cashNeed;
  const lines: ReferenceLine[] =
    need === null ? [] : [{ axis: 'y', value: need.amount, label: t('results.ladderChart.need', { amount: fmt.moneyUnits(need.amount) }), color: theme.ui.negative, dash: [6, 4] }];
  const xAxis = axisStyle(theme, { title: t('charts.axis.day'), categories: true });
  const options: ChartOptions<Mixed> = {
    ...baseOptions<Mixed>(theme),
    interaction: { mode: 'index', intersect: false },
    plugins: {
      legend: { display: true, position: 'right', labels: { color: theme.ui.text, font: theme.font, boxWidth: 12, boxHeight: 10, usePointStyle: true, sort: (a, b) => rank(a.datasetIndex ?? 0) - rank(b.datasetIndex ?? 0) } },
      referenceLines: { lines, font: theme.labelFont, background: withAlpha(theme.ui.surface, 0.85) },
      tooltip: {
        ...tooltipStyle<Mixed>(theme),
        filter: (item) => Math.abs(Number(item.parsed.y)) >= 0.5 || item.dataset.type === 'line',
        itemSort: (a, b) => rank(a.datasetIndex) - rank(b.datasetIndex),
        callbacks: {
          label: (item) => t('results.chart.seriesValue', { name: item.dataset.label ?? '', amount: fmt.moneyUnits(Number(item.parsed.y)) }),
          footer: (items) => t('results.ladderChart.tooltipTotal', { amount: fmt.moneyUnits(view.rows[items[0]?.dataIndex ?? 0]?.cash ?? 0) }),
        },
      },
    },
    scales: {
      x: { ...xAxis, stacked: true },
      y: { ...axisStyle(theme, { title: t('charts.axis.cash', { currency }), format: fmt.moneyCompact }), stacked: true, suggestedMax: need === null ? undefined : need.amount * 1.05 },
    },
  };
  const loan = owed ? fmt.moneyUnits(owed.loan) : '';
  const label = t('results.ladderChart.chartLabel', { currency });
  return (
    <ChartFigure
      title={t('results.ladderChart.title')}
      hint={t('results.ladderChart.hint', { participation: fmt.percent(participation, 0) })}
      note={owed ? t('charts.ladder.loanNote', { loan }) : undefined}
      height={320}
      testId="ladder"
      className="ladder-panel"
      chart={<Chart type="bar" data={data} options={options} plugins={[referenceLinesPlugin]} role="img" aria-label={owed ? `${label} ${t('charts.ladder.chartLabelLoan', { loan })}` : label} />}
      aside={<LadderSummaryTable view={view} fmt={fmt} currency={currency} />}
      table={<LadderExposureTable view={view} fmt={fmt} currency={currency} />}
    />
  );
}
