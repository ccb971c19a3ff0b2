import { ladderView } from '../charts/ladder-view';
import { t } from '../i18n/translate';
import { fanChart } from './fan-chart';
import { block, figure, h, table, type Html } from './html';
import { lineChart } from './line-chart';
import { EXPOSURE_COLORS, MEDIAN_COLOR, TONE_COLORS } from './palette';
import { atWeek, keyWeeks, runTag, type ReportRun } from './report-data';
import { stackedChart } from './stacked-chart';
import { scenarioName } from '../i18n/builtin-text';

function fan(run: ReportRun): Html {
  const { fmt, record } = run;
  const p1 = record.result.phaseOne;
  const p2 = record.result.phaseTwo;
  const mc = p1.marginCall;
  const chart = fanChart({
    title: t('report.p2.fan'),
    ...p2,
    preShock: p1.startValue,
    marginCall: mc.triggered ? { label: t('report.p2.marginMarker', { lockedIn: fmt.money(mc.lockedInLoss) }) } : null,
    marginCallTwo: p2.marginCall?.meanPath.week != null ? { week: p2.marginCall.meanPath.week, label: t('report.p2.marginMarkerTwo', { week: p2.marginCall.meanPath.week }) } : null,
    labels: {
      outer: t('report.p2.band90'),
      inner: t('report.p2.band50'),
      median: t('report.p2.median'),
      preShock: t('report.p2.preShock'),
      xAxis: t('report.axis.week'),
      yAxis: t('charts.axis.value', { currency: fmt.currency }),
    },
    axisFormat: fmt.moneyCompact,
  });
  const at = (series: readonly number[], week: number) => {
    const v = atWeek(run, series, week);
    return v === null ? '—' : fmt.money(v);
  };
  const data = table({
    head: [t('report.col.week'), 'p5', 'p25', t('report.col.median'), 'p75', 'p95', t('report.col.vsPreShock')],
    rows: keyWeeks(run.horizon).map((w) => {
      const median = atWeek(run, p2.p50, w);
      return [String(w), at(p2.p5, w), at(p2.p25, w), at(p2.p50, w), at(p2.p75, w), at(p2.p95, w), median === null || p1.startValue === 0 ? '—' : fmt.signedPct(median / p1.startValue - 1)];
    }),
    numeric: [0, 1, 2, 3, 4, 5, 6],
    className: 'compact',
  });
  return figure({ title: t('report.p2.fan'), caption: t('report.p2.fanCaption', { currency: fmt.currency, regime: run.regimeName }), chart, data, layout: 'stack' });
}

function recovery(run: ReportRun): Html {
  const { fmt, record } = run;
  const p2 = record.result.phaseTwo;
  const chart = lineChart({
    title: t('report.p2.recovery'),
    x: p2.weeks,
    series: [{ label: t('report.p2.recovery'), color: MEDIAN_COLOR, values: p2.recoveryProbability }],
    yRange: [0, 1],
    yFormat: (v) => fmt.pct(v, 0),
    xLabel: t('report.axis.week'),
    yLabel: t('charts.axis.probability'),
    width: 360,
    height: 190,
  });
  const data = table({
    head: [t('report.col.week'), t('report.col.recovered')],
    rows: keyWeeks(run.horizon).map((w) => [String(w), fmt.pct(atWeek(run, p2.recoveryProbability, w) ?? 0)]),
    numeric: [0, 1],
    className: 'compact',
  });
  const weeks = p2.medianWeeksToRecover;
  const time = weeks === null ? t('report.p2.neverRecovered', { week: run.horizon }) : t('report.p2.recoveredIn', { weeks });
  return figure({
    title: t('report.p2.recovery'),
    caption: t('report.p2.recoveryCaption'),
    chart,
    data: [data, h('p', {}, h('strong', {}, `${t('report.p2.timeToRecover')}: `), time)],
    layout: 'side',
  });
}

/**
 * The liquidity ladder as on the Results screen: stacked cash-first, legend and tables top of the stack first; with a
 * margin loan, the loan hatched below zero, the free cash left after repaying it as a line, both in the tables, and
 * the caption saying the loan is repaid first. A run that does not say what its loan was shows none of that.
 */
function ladder(run: ReportRun): Html[] {
  const { fmt, record } = run;
  const view = ladderView(record.result.phaseTwo.liquidityLadder);
  const owed = view.deduction;
  const dayLabel = (d: number) => t('report.p2.day', { day: d });
  const minusLoan = view.rows.map(() => -(owed?.loan ?? 0));
  const chart = stackedChart({
    title: t('report.p2.ladder'),
    categories: view.days.map(dayLabel),
    series: view.stacks.map((s) => ({ label: t(`exposure.${s.tag}`), color: EXPOSURE_COLORS[s.tag], values: s.values })),
    deduction: owed
      ? { label: t('charts.ladder.loanLegend'), color: TONE_COLORS.negative, values: view.rows.map(() => owed.loan), left: { label: t('charts.ladder.free'), values: owed.free } }
      : undefined,
    axisFormat: fmt.moneyCompact,
    xLabel: t('charts.axis.day'),
    yLabel: t('charts.axis.cash', { currency: fmt.currency }),
    id: `ladder${run.label}`,
  });
  const totals = table({
    head: [t('report.col.byDay'), t('report.col.cashRaisable'), ...(owed ? [t('charts.ladder.minusLoan'), t('charts.ladder.free')] : []), t('report.col.impactCost')],
    rows: view.rows.map((r, i) => [dayLabel(r.day), fmt.money(r.cash), ...(owed ? [fmt.money(minusLoan[i] ?? 0), fmt.money(owed.free[i] ?? 0)] : []), fmt.money(r.cost)]),
    numeric: owed ? [1, 2, 3, 4] : [1, 2],
    className: 'compact',
  });
  const money = (values: readonly number[]) => values.map((v) => fmt.moneyCompact(v));
  const perExposure = table({
    head: [t('report.col.exposure'), ...view.days.map(dayLabel)],
    rows: view.stacks.map((s) => [t(`exposure.${s.tag}`), ...money(s.values)]),
    foot: [
      [t('report.col.cashRaisable'), ...money(view.rows.map((r) => r.cash))],
      ...(owed ? [[t('charts.ladder.minusLoan'), ...money(minusLoan)], [t('charts.ladder.free'), ...money(owed.free)]] : []),
    ],
    numeric: view.days.map((_, i) => i + 1),
    className: 'compact',
  });
  const caption = t('report.p2.ladderCaption', { currency: fmt.currency, participation: fmt.pct(record.meta.scenario.liquidity.participation, 0) });
  return [
    figure({
      title: t('report.p2.ladder'),
      caption: owed ? `${caption} ${t('charts.ladder.loanNote', { loan: fmt.money(owed.loan) })}` : caption,
      chart,
      data: totals,
      layout: 'stack',
    }),
    block(t('report.p2.ladderByExposure', { currency: fmt.currency }), perExposure),
  ];
}

/**
 * Phase two's margin calls: on the mean path (week, locked-in loss) and over the paths (odds, median first week, mean
 * locked-in loss), and what the locked-in loss means. A run saved before phase-two calls says it does not know.
 */
function marginCallTwo(run: ReportRun): Html {
  const { fmt } = run;
  const mc = run.record.result.phaseTwo.marginCall;
  if (!mc) return h('p', {}, t('report.p2.marginTwoUnknown'));
  const mp = mc.meanPath;
  const lines = [
    mp.week === null
      ? t('report.p2.marginTwoMeanPathNone')
      : t('report.p2.marginTwoMeanPath', { week: mp.week, lockedIn: fmt.money(mp.lockedLoss) }),
    run.record.meta.paths > 0
      ? mc.medianWeek === null
        ? t('report.p2.marginTwoOddsNone')
        : t('report.p2.marginTwoOdds', { prob: fmt.pct(mc.probability, 1), week: mc.medianWeek, lockedIn: fmt.money(mc.lockedLoss) })
      : null,
    t('report.p2.marginTwoDefinition'),
  ];
  return h('p', {}, lines.filter((l): l is string => l !== null).join(' '));
}

function cashNeed(run: ReportRun): Html {
  const { fmt } = run;
  const need = run.record.result.phaseTwo.liquidityLadder.cashNeed;
  if (!need) return h('p', {}, t('report.p2.noCashNeed'));
  return h(
    'p',
    {},
    need.dayMet === null
      ? t('narrative.cashNeedShort', { amount: fmt.money(need.amount), shortfall: fmt.money(need.shortfall) })
      : t('narrative.cashNeedMet', { amount: fmt.money(need.amount), day: need.dayMet, cost: fmt.money(need.cost) }),
  );
}

function defaults(run: ReportRun): Html {
  const { fmt } = run;
  const d = run.record.result.phaseTwo.defaults;
  if (d.byHolding.length === 0) return h('p', {}, t('report.p2.noCredit'));
  return h(
    'div',
    { class: 'keep' },
    h('p', {}, t('report.p2.defaultsIntro', { expected: fmt.num(d.expected, 2), weeks: run.horizon })),
    table({ head: [t('report.col.holding'), t('report.col.defaultProbability')], rows: d.byHolding.map((b) => [b.symbol, fmt.pct(b.probability)]), numeric: [1], className: 'compact' }),
  );
}

function endByExposure(run: ReportRun): Html {
  const { fmt } = run;
  const rows = run.exposures.filter((e) => e.endValue !== null);
  return table({
    head: [t('report.col.exposure'), t('report.col.valueBefore'), t('report.col.meanEnd', { week: run.horizon }), t('report.col.change')],
    rows: rows.map((e) => [t(`exposure.${e.tag}`), fmt.money(e.valueBase), fmt.money(e.endValue ?? 0), e.valueBase === 0 ? '—' : fmt.signedPct((e.endValue ?? 0) / e.valueBase - 1)]),
    numeric: [1, 2, 3],
    className: 'compact',
  });
}

/** Phase two: the value fan, margin calls on the way, the odds and time of recovery, the liquidity ladder, cash needs and defaults. */
export function phaseTwoSection(run: ReportRun): Html {
  const scenario = run.record.meta.scenario;
  return h(
    'section',
    { class: 'major' },
    run.label ? h('p', { class: 'run-tag' }, `${runTag(run)} — ${scenarioName(scenario)}`) : null,
    h('h2', {}, t('report.p2.title')),
    h('p', { class: 'intro' }, t('report.p2.intro', { regime: run.regimeName, weeks: run.horizon })),
    fan(run),
    block(t('report.p2.marginCall'), marginCallTwo(run)),
    recovery(run),
    ladder(run),
    block(t('report.p2.cashNeed'), cashNeed(run)),
    block(t('report.p2.defaults'), defaults(run)),
    block(t('report.p2.endByExposure'), endByExposure(run)),
  );
}
