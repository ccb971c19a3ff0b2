import { lossMarkers } from '../charts/loss-markers';
import type { ExposureTag } from '../domain/exposure';
import { t } from '../i18n/translate';
import { attributionBasis } from '../narrative/attribution-basis';
import { holdingReason } from '../narrative/holding-reason';
import { barChart } from './bar-chart';
import { histogramChart } from './histogram-chart';
import { block, figure, h, table, type Html } from './html';
import { EXPOSURE_COLORS, LOSS_COLOR, TONE_COLORS } from './palette';
import { reasonFormat } from './narrative';
import { exposuresByLoss, holdingsByLoss, runTag, type ReportRun } from './report-data';
import { waterfallChart, type WaterfallStep } from './waterfall-chart';
import { scenarioName } from '../i18n/builtin-text';

const exposureLabel = (tag: ExposureTag): string => t(`exposure.${tag}`);

function lossByExposure(run: ReportRun): Html {
  const { fmt } = run;
  const rows = exposuresByLoss(run);
  const chart = barChart({
    title: t('report.p1.byExposure'),
    categories: rows.map((r) => exposureLabel(r.tag)),
    series: [{ label: t('report.col.loss'), color: LOSS_COLOR, values: rows.map((r) => r.loss) }],
    categoryColors: rows.map((r) => EXPOSURE_COLORS[r.tag]),
    format: fmt.money,
    axisFormat: fmt.moneyCompact,
    xLabel: t('charts.axis.loss', { currency: fmt.currency }),
    yLabel: t('charts.axis.exposure'),
  });
  const total = rows.reduce((sum, r) => sum + r.loss, 0);
  const data = table({
    head: [t('report.col.exposure'), t('report.col.loss'), t('report.col.shareOfLoss'), t('report.col.lossOfValue')],
    rows: rows.map((r) => [exposureLabel(r.tag), fmt.money(r.loss), r.shareOfLoss === null ? '—' : fmt.pct(r.shareOfLoss), r.lossPctOfValue === null ? '—' : fmt.pct(r.lossPctOfValue)]),
    foot: [[t('report.total'), fmt.money(total), total > 0 ? fmt.pct(1) : '—', '']],
    numeric: [1, 2, 3],
    className: 'compact',
  });
  return figure({ title: t('report.p1.byExposure'), caption: t('report.p1.byExposureCaption', { currency: fmt.currency, basis: attributionBasis(run.record.result, (n) => fmt.num(n, 0), t) }), chart, data, layout: 'side' });
}

/** Start value → one step per exposure (and forced-sale costs) → value after the shock, on the mean path. */
export function waterfallSteps(run: ReportRun): WaterfallStep[] {
  const p1 = run.record.result.phaseOne;
  const changes = exposuresByLoss(run)
    .filter((e) => Math.abs(e.loss) >= 0.5)
    .map((e): WaterfallStep => ({ label: exposureLabel(e.tag), value: -e.loss, kind: 'change' }));
  const cost = p1.marginCall.forcedSales.reduce((sum, s) => sum + s.cost, 0);
  if (cost > 0) changes.push({ label: t('report.p1.forcedSaleCost'), value: -cost, kind: 'change' });
  const end = p1.startValue + changes.reduce((sum, c) => sum + c.value, 0);
  return [{ label: t('report.p1.startValue'), value: p1.startValue, kind: 'total' }, ...changes, { label: t('report.p1.shockedValue'), value: end, kind: 'total' }];
}

function waterfall(run: ReportRun): Html {
  const { fmt } = run;
  const steps = waterfallSteps(run);
  let level = 0;
  const rows = steps.map((s) => {
    level = s.kind === 'total' ? s.value : level + s.value;
    return [s.label, s.kind === 'total' ? '' : fmt.money(s.value), fmt.money(level)];
  });
  const chart = waterfallChart({
    title: t('report.p1.waterfall'),
    steps,
    format: fmt.money,
    axisFormat: fmt.moneyCompact,
    xLabel: t('charts.axis.step'),
    yLabel: t('charts.axis.value', { currency: fmt.currency }),
    height: 222,
  });
  const data = table({ head: [t('report.col.step'), t('report.col.change'), t('report.col.level')], rows, numeric: [1, 2], className: 'compact' });
  return figure({ title: t('report.p1.waterfall'), caption: t('report.p1.waterfallCaption', { currency: fmt.currency, basis: attributionBasis(run.record.result, (n) => fmt.num(n, 0), t) }), chart, data, layout: 'stack' });
}

function distribution(run: ReportRun): Html {
  const { fmt, record } = run;
  const p1 = record.result.phaseOne;
  const { edges, counts } = p1.lossHistogram;
  const total = counts.reduce((a, b) => a + b, 0);
  const stats = table({
    head: [t('report.col.measure'), t('report.col.loss')],
    rows: [
      [t('report.p1.mean'), fmt.money(p1.meanLoss)],
      [t('report.headline.var95'), fmt.money(p1.var95)],
      [t('report.headline.var99'), fmt.money(p1.var99)],
      [t('report.headline.es975'), fmt.money(p1.es975)],
      [t('report.cover.paths'), fmt.num(record.meta.paths, 0)],
    ],
    numeric: [1],
    className: 'compact',
  });
  if (record.meta.paths === 0 || total === 0 || edges.length < 2) return block(t('report.p1.distribution'), h('p', { class: 'note' }, t('report.p1.noDistribution')), stats);
  const chart = histogramChart({
    title: t('report.p1.distribution'),
    edges,
    counts,
    markers: lossMarkers(p1).map((m) => ({
      label: t(m.key, { amount: fmt.moneyCompact(m.value) }),
      value: m.value,
      color: TONE_COLORS[m.tone],
      dash: m.dash.length > 0 ? m.dash.join(' ') : undefined,
    })),
    axisFormat: fmt.moneyCompact,
    countFormat: (v) => fmt.num(v, 0),
    xLabel: t('report.p1.distributionAxis', { currency: fmt.currency }),
    yLabel: t('charts.axis.paths'),
  });
  const bins = table({
    head: [t('report.col.lossFrom'), t('report.col.lossTo'), t('report.col.paths'), t('report.col.sharePaths')],
    rows: counts.map((c, i) => [fmt.money(edges[i] ?? 0), fmt.money(edges[i + 1] ?? 0), fmt.num(c, 0), fmt.pct(c / total)]),
    numeric: [0, 1, 2, 3],
    className: 'compact',
  });
  return figure({
    title: t('report.p1.distribution'),
    caption: t('report.p1.distributionCaption', { paths: fmt.num(record.meta.paths, 0) }),
    chart,
    data: h('div', { class: 'pair' }, stats, bins),
    layout: 'stack',
  });
}

function topHoldings(run: ReportRun): Html {
  const { fmt } = run;
  const top = holdingsByLoss(run).slice(0, 10);
  const chart = barChart({
    title: t('report.p1.topHoldings'),
    categories: top.map((r) => r.holding.symbol),
    series: [{ label: t('report.col.loss'), color: LOSS_COLOR, values: top.map((r) => r.loss ?? 0) }],
    categoryColors: top.map((r) => EXPOSURE_COLORS[r.holding.exposures[0]?.tag ?? 'unclassified']),
    format: fmt.money,
    axisFormat: fmt.moneyCompact,
    xLabel: t('charts.axis.loss', { currency: fmt.currency }),
    yLabel: t('charts.axis.holding'),
    width: 680,
  });
  const result = run.record.result;
  const indexOf = new Map(result.phaseOne.byHolding.map((b, i) => [b.holdingId, i]));
  const why = (id: string) => {
    const i = indexOf.get(id);
    return (i === undefined ? null : holdingReason(result, i, reasonFormat(fmt), t))?.line ?? '—';
  };
  const data = table({
    head: ['#', t('report.col.holding'), t('report.col.exposure'), t('report.col.value'), t('report.col.loss'), t('report.col.lossOfValue'), t('report.col.why')],
    rows: top.map((r, i) => [
      String(i + 1),
      [h('strong', {}, r.holding.symbol), r.holding.name && r.holding.name !== r.holding.symbol ? h('span', { class: 'sub' }, r.holding.name) : null],
      r.holding.exposures.map((e) => (e.weight === 1 ? exposureLabel(e.tag) : `${exposureLabel(e.tag)} ${fmt.pct(e.weight, 0)}`)).join(' + '),
      r.valueBase === null ? '—' : fmt.money(r.valueBase),
      fmt.money(r.loss ?? 0),
      r.lossPct === null ? '—' : fmt.pct(r.lossPct),
      h('span', { class: 'why' }, why(r.holding.id)),
    ]),
    numeric: [0, 3, 4, 5],
    className: 'compact',
  });
  const caption = t('report.p1.topHoldingsCaption', { currency: fmt.currency, basis: attributionBasis(result, (n) => fmt.num(n, 0), t) });
  return figure({ title: t('report.p1.topHoldings'), caption, chart, data, layout: 'stack' });
}

function marginCall(run: ReportRun): Html {
  const { fmt } = run;
  const mc = run.record.result.phaseOne.marginCall;
  const lines = [
    t(mc.triggered ? 'report.p1.marginTriggered' : 'report.p1.marginNotTriggered'),
    t('report.p1.marginOdds', { prob: fmt.pct(mc.probability, 1) }),
  ];
  if (!mc.triggered) return h('div', { class: 'keep' }, h('p', {}, lines.join(' ')));
  const sales = table({
    head: [t('report.col.holding'), t('report.col.proceeds'), t('report.col.cost')],
    rows: mc.forcedSales.map((s) => [s.symbol, fmt.money(s.proceeds), fmt.money(s.cost)]),
    numeric: [1, 2],
    className: 'compact',
  });
  return h(
    'div',
    { class: 'keep' },
    h('p', {}, [...lines, t('report.p1.marginLocked', { lockedIn: fmt.money(mc.lockedInLoss), days: mc.daysToComplete })].join(' ')),
    sales,
  );
}

/** Phase one: what is lost in the shock, where from, how it is distributed, and whether a margin call locks it in. */
export function phaseOneSection(run: ReportRun): Html {
  const scenario = run.record.meta.scenario;
  return h(
    'section',
    { class: 'major' },
    run.label ? h('p', { class: 'run-tag' }, `${runTag(run)} — ${scenarioName(scenario)}`) : null,
    h('h2', {}, t('report.p1.title')),
    h('p', { class: 'intro' }, t('report.p1.intro', { weeks: scenario.phaseOne.horizonWeeks, lambda: run.fmt.num(scenario.correlationConvergence, 2), currency: run.fmt.currency, basis: attributionBasis(run.record.result, (n) => run.fmt.num(n, 0), t) })),
    lossByExposure(run),
    waterfall(run),
    distribution(run),
    topHoldings(run),
    block(t('report.p1.marginCall'), marginCall(run)),
  );
}
