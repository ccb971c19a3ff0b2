import { ladderView } from '../charts/ladder-view';
import { EXPOSURE_TAGS } from '../domain/exposure';
import { t } from '../i18n/translate';
import { barChart } from './bar-chart';
import { block, figure, h, table, type Html } from './html';
import { lineChart } from './line-chart';
import { runColor } from './palette';
import { atWeek, keyWeeks, type ReportRun } from './report-data';

const name = (run: ReportRun) => t('report.runLabel', { label: run.label });
const runHead = (runs: readonly ReportRun[]) => runs.map(name);

function lossByExposure(runs: readonly ReportRun[]): Html {
  const tags = EXPOSURE_TAGS.filter((tag) => runs.some((r) => (r.record.result.phaseOne.byExposure[tag] ?? 0) !== 0));
  const loss = (r: ReportRun, tag: (typeof tags)[number]) => r.record.result.phaseOne.byExposure[tag] ?? 0;
  const chart = barChart({
    title: t('report.cmp.byExposure'),
    categories: tags.map((tag) => t(`exposure.${tag}`)),
    series: runs.map((r, i) => ({ label: name(r), color: runColor(i), values: tags.map((tag) => loss(r, tag)) })),
    format: (v) => runs[0]!.fmt.moneyCompact(v),
    xLabel: t('charts.axis.loss', { currency: runs[0]!.fmt.currency }),
    yLabel: t('charts.axis.exposure'),
  });
  const data = table({
    head: [t('report.col.exposure'), ...runHead(runs)],
    rows: tags.map((tag) => [t(`exposure.${tag}`), ...runs.map((r) => r.fmt.money(loss(r, tag)))]),
    foot: [[t('report.total'), ...runs.map((r) => r.fmt.money(EXPOSURE_TAGS.reduce((sum, tag) => sum + loss(r, tag), 0)))]],
    numeric: runs.map((_, i) => i + 1),
    className: 'compact',
  });
  return figure({ title: t('report.cmp.byExposure'), caption: t('report.cmp.byExposureCaption'), chart, data, layout: 'side' });
}

/** Median paths as a share of each run's own start value, so books of different sizes compare. */
function medianPaths(runs: readonly ReportRun[]): Html {
  const horizon = Math.max(...runs.map((r) => r.horizon));
  const longest = runs.find((r) => r.horizon === horizon)!;
  const rel = (r: ReportRun) => r.record.result.phaseTwo.p50.map((v) => (r.record.result.phaseOne.startValue === 0 ? 0 : v / r.record.result.phaseOne.startValue));
  const fmt = runs[0]!.fmt;
  const chart = lineChart({
    title: t('report.cmp.median'),
    x: longest.record.result.phaseTwo.weeks,
    series: runs.map((r, i) => ({ label: name(r), color: runColor(i), values: rel(r) })),
    yFormat: (v) => fmt.pct(v, 0),
    xLabel: t('report.axis.week'),
    yLabel: t('charts.axis.medianShare'),
    reference: { value: 1, label: t('report.p2.preShock') },
  });
  const data = table({
    head: [t('report.col.week'), ...runHead(runs)],
    rows: keyWeeks(horizon).map((w) => [String(w), ...runs.map((r) => {
      const v = atWeek(r, r.record.result.phaseTwo.p50, w);
      return v === null ? '—' : `${r.fmt.money(v)} (${r.fmt.signedPct(v / r.record.result.phaseOne.startValue - 1)})`;
    })]),
    numeric: [0, ...runs.map((_, i) => i + 1)],
    className: 'compact',
  });
  return figure({ title: t('report.cmp.median'), caption: t('report.cmp.medianCaption'), chart, data, layout: 'stack' });
}

function recovery(runs: readonly ReportRun[]): Html {
  const horizon = Math.max(...runs.map((r) => r.horizon));
  const longest = runs.find((r) => r.horizon === horizon)!;
  const fmt = runs[0]!.fmt;
  const chart = lineChart({
    title: t('report.p2.recovery'),
    x: longest.record.result.phaseTwo.weeks,
    series: runs.map((r, i) => ({ label: name(r), color: runColor(i), values: r.record.result.phaseTwo.recoveryProbability })),
    yRange: [0, 1],
    yFormat: (v) => fmt.pct(v, 0),
    xLabel: t('report.axis.week'),
    yLabel: t('charts.axis.probability'),
    width: 360,
    height: 190,
  });
  const data = table({
    head: [t('report.col.week'), ...runHead(runs)],
    rows: keyWeeks(horizon).map((w) => [String(w), ...runs.map((r) => {
      const v = atWeek(r, r.record.result.phaseTwo.recoveryProbability, w);
      return v === null ? '—' : r.fmt.pct(v);
    })]),
    numeric: [0, ...runs.map((_, i) => i + 1)],
    className: 'compact',
  });
  return figure({ title: t('report.p2.recovery'), caption: t('report.p2.recoveryCaption'), chart, data, layout: 'side' });
}

/**
 * Cash raisable by day per run; for a run with a margin loan, the free cash left after repaying it beside it, and a
 * sentence saying the loan is repaid first. A run that does not say what its loan was gets no such column.
 */
function ladder(runs: readonly ReportRun[]): Html[] {
  const days = [...new Set(runs.flatMap((r) => r.record.result.phaseTwo.liquidityLadder.days))].sort((a, b) => a - b);
  const columns = runs.flatMap((run) => {
    const view = ladderView(run.record.result.phaseTwo.liquidityLadder);
    const at = (values: readonly number[]) => (d: number) => {
      const i = view.days.indexOf(d);
      return i < 0 ? '—' : run.fmt.money(values[i] ?? 0);
    };
    const cash = { head: name(run), cell: at(view.rows.map((r) => r.cash)) };
    return view.deduction ? [cash, { head: t('charts.ladder.freeOfRun', { name: name(run) }), cell: at(view.deduction.free) }] : [cash];
  });
  const data = table({
    head: [t('report.col.byDay'), ...columns.map((c) => c.head)],
    rows: days.map((d) => [t('report.p2.day', { day: d }), ...columns.map((c) => c.cell(d))]),
    numeric: columns.map((_, i) => i + 1),
    className: 'compact',
  });
  return columns.length > runs.length ? [data, h('p', { class: 'note' }, t('charts.ladder.loanNoteRuns'))] : [data];
}

/** The runs side by side: loss by exposure, median paths, recovery odds, cash raisable. */
export function comparisonSection(runs: readonly ReportRun[]): Html {
  return h(
    'section',
    { class: 'major' },
    h('h2', {}, t('report.cmp.title')),
    h('p', { class: 'intro' }, t('report.cmp.intro')),
    lossByExposure(runs),
    medianPaths(runs),
    recovery(runs),
    block(t('report.cmp.ladder'), ...ladder(runs)),
  );
}
