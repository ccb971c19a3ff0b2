import { t } from '../i18n/translate';
import { attributionBasis } from '../narrative/attribution-basis';
import { h, table, type Html } from './html';
import { HEADLINE_ROWS } from './headline';
import { narrative } from './narrative';
import { exposuresByLoss, type ReportRun } from './report-data';
import { scenarioName } from '../i18n/builtin-text';

/** The worst exposures: value before, loss, the share of the exposure lost and of the whole loss. */
export function worstExposuresTable(run: ReportRun, count = 5): Html {
  const { fmt } = run;
  const rows = exposuresByLoss(run)
    .filter((e) => e.loss > 0)
    .slice(0, count)
    .map((e) => [t(`exposure.${e.tag}`), fmt.money(e.valueBase), fmt.money(e.loss), e.lossPctOfValue === null ? '—' : fmt.pct(e.lossPctOfValue), e.shareOfLoss === null ? '—' : fmt.pct(e.shareOfLoss)]);
  return table({
    caption: t('report.summary.worstCaption', { currency: fmt.currency, basis: attributionBasis(run.record.result, (n) => fmt.num(n, 0), t) }),
    head: [t('report.col.exposure'), t('report.col.valueBefore'), t('report.col.loss'), t('report.col.lossOfValue'), t('report.col.shareOfLoss')],
    rows,
    numeric: [1, 2, 3, 4],
  });
}

/** The narrative: one paragraph on the shock, one on the recovery; in a comparison under the run's name. */
function narrativeBlock(run: ReportRun, heading?: string): Html {
  const { shock, recovery } = narrative(run);
  return h('div', { class: 'narrative keep' }, heading ? h('p', { class: 'narrative-head' }, heading) : null, h('p', {}, run.fmt.sentences(shock)), h('p', {}, run.fmt.sentences(recovery)));
}

/** Summary of one run: the narrative, the headline table, the worst exposures. */
export function summarySection(run: ReportRun): Html {
  return h(
    'section',
    { class: 'major' },
    h('h2', {}, t('report.summary.title')),
    narrativeBlock(run),
    h('h3', {}, t('report.summary.headline')),
    table({ className: 'headline', head: [t('report.col.measure'), t('report.col.value')], rows: HEADLINE_ROWS.map((row) => [t(row.label), row.value(run)]), numeric: [1] }),
    h('h3', {}, t('report.summary.worst')),
    worstExposuresTable(run),
  );
}

/** Summary of a comparison: one narrative per run, the headline figures side by side. */
export function comparisonSummary(runs: readonly ReportRun[]): Html {
  return h(
    'section',
    { class: 'major' },
    h('h2', {}, t('report.summary.title')),
    h('p', { class: 'intro' }, t('report.summary.compareIntro', { count: runs.length })),
    runs.map((run) => narrativeBlock(run, `${t('report.runLabel', { label: run.label })} — ${scenarioName(run.record.meta.scenario)}`)),
    h('h3', {}, t('report.summary.headline')),
    table({
      className: 'headline',
      head: [t('report.col.measure'), ...runs.map((r) => t('report.runLabel', { label: r.label }))],
      rows: HEADLINE_ROWS.map((row) => [t(row.label), ...runs.map((r) => row.value(r))]),
      numeric: runs.map((_, i) => i + 1),
    }),
  );
}
