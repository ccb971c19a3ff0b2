import { t, type MessageKey } from '../i18n/translate';
import { facts, h, table, type Content, type Html } from './html';
import type { ReportRun } from './report-data';
import { scenarioName } from '../i18n/builtin-text';
import { EXACT_PATHS_LIMIT, RELATIVE_ERROR } from '../engine/binned';

type CoverRow = [label: MessageKey, value: (run: ReportRun) => Content];

/** An id or hash: code, kept as it is in every language. */
const hash = (value: string): Html => h('span', { class: 'mono', translate: 'no' }, value);

/** What the cover says of every run: enough to find it and reproduce it. */
const COVER_ROWS: CoverRow[] = [
  ['report.cover.portfolio', (r) => r.record.meta.portfolioName],
  ['report.cover.scenario', (r) => scenarioName(r.record.meta.scenario)],
  ['report.cover.runDate', (r) => r.fmt.dateTime(r.record.createdAt)],
  ['report.cover.baseCurrency', (r) => r.record.result.meta.baseCurrency],
  ['report.cover.totalValue', (r) => r.fmt.moneyExact(r.netValue)],
  ['report.cover.holdings', (r) => t('report.cover.holdingsValue', { count: r.inputs.portfolio.holdings.length, fileName: r.inputs.portfolio.source.fileName })],
  ['models.report.cover', (r) => r.record.meta.factorModel?.name ?? t('models.run.builtIn')],
  ['report.cover.seed', (r) => String(r.record.meta.seed)],
  ['report.cover.paths', (r) => r.fmt.num(r.record.meta.paths, 0)],
  [
    'report.cover.statistics',
    (r) =>
      r.record.result.meta.statistics === 'binned'
        ? t('report.cover.statistics.binned', { limit: r.fmt.num(EXACT_PATHS_LIMIT, 0), error: `${r.fmt.num(RELATIVE_ERROR * 100, 3)}%` })
        : t('report.cover.statistics.exact'),
  ],
  ['report.cover.appVersion', (r) => r.record.meta.appVersion],
  ['report.cover.inputHash', (r) => hash(r.record.meta.inputHash)],
  ['report.cover.runId', (r) => hash(r.record.runId)],
];

export function coverSection(runs: readonly ReportRun[], meta: { appName: string; exportedAt: string }): Html {
  const first = runs[0]!;
  const single = runs.length === 1;
  const title = single ? t('report.cover.title') : t('report.cover.titleCompare', { count: runs.length });
  const portfolios = [...new Set(runs.map((r) => r.record.meta.portfolioName))];
  const scenarios = [...new Set(runs.map((r) => scenarioName(r.record.meta.scenario)))];
  const details = single
    ? facts(COVER_ROWS.map(([label, value]) => [t(label), value(first)] as const), 'facts cover-facts')
    : table({
        className: 'cover-table',
        head: ['', ...runs.map((r) => t('report.runLabel', { label: r.label }))],
        rows: COVER_ROWS.map(([label, value]) => [{ content: t(label), className: 'row-head' }, ...runs.map((r) => value(r))]),
      });
  return h(
    'section',
    { class: 'cover' },
    h('p', { class: 'kicker' }, meta.appName),
    h('h1', {}, title),
    h('p', { class: 'cover-portfolio' }, portfolios.join(' · ')),
    h('p', { class: 'cover-scenario' }, scenarios.join(' · ')),
    details,
    h('p', { class: 'cover-exported' }, t('report.cover.exported', { date: first.fmt.dateTime(meta.exportedAt) })),
    h('p', { class: 'cover-reproduce' }, t('report.cover.reproduce')),
    h('p', { class: 'disclaimer' }, t('report.disclaimer.long')),
  );
}
