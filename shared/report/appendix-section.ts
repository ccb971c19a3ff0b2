import { isParQuoted } from '../domain/bond-quote';
import type { ExposureWeight } from '../domain/exposure';
import type { Holding } from '../domain/holding';
import { t } from '../i18n/translate';
import { h, table, type Html } from './html';
import { runTag, type ReportRun } from './report-data';
import { reportLocale } from './report-format';
import { ruleName, scenarioName } from '../i18n/builtin-text';

const qtyFormat = () => new Intl.NumberFormat(reportLocale(), { maximumFractionDigits: 6 });
const priceFormat = () => new Intl.NumberFormat(reportLocale(), { minimumFractionDigits: 2, maximumFractionDigits: 4 });

/** A bond's quantity is its face value and its price is in % of par; the same words as the Portfolio screen's. */
const quantityText = (holding: Holding): string => {
  if (holding.quantity === null) return '—';
  const quantity = qtyFormat().format(holding.quantity);
  return isParQuoted(holding) ? t('portfolio.bond.face', { quantity }) : quantity;
};
const priceText = (holding: Holding): string => {
  if (holding.price === null) return '—';
  const text = priceFormat().format(holding.price);
  return isParQuoted(holding) ? t('portfolio.bond.pctOfPar', { price: text }) : `${text} ${holding.currency}`;
};

const sourceText = (e: ExposureWeight): string => t(`tagSource.${e.source.kind}`, { detail: e.source.detail ? ruleName(e.source.detail) : '—' });

const exposuresCell = (list: readonly ExposureWeight[]): Html =>
  h(
    'span',
    {},
    list.map((e, i) => [
      i > 0 ? h('br', {}) : null,
      e.weight === 1 ? t(`exposure.${e.tag}`) : `${t(`exposure.${e.tag}`)} ${Math.round(e.weight * 1000) / 10}%`,
      h('span', { class: 'sub' }, ` (${sourceText(e)})`),
    ]),
  );

/** Every holding of the run's snapshot with its tags, value and phase-one loss. */
export function appendixSection(run: ReportRun): Html {
  const { fmt } = run;
  const rows = run.holdings.map((r) => [
    h('span', {}, h('strong', {}, r.holding.symbol), h('br', {}), h('span', { class: 'sub' }, r.holding.name)),
    r.holding.account,
    quantityText(r.holding),
    priceText(r.holding),
    r.valueBase === null ? t('report.app.noFx') : fmt.money(r.valueBase),
    exposuresCell(r.holding.exposures),
    r.loss === null ? '—' : fmt.money(r.loss),
    r.lossPct === null ? '—' : fmt.pct(r.lossPct),
  ]);
  const lossTotal = run.holdings.reduce((sum, r) => sum + (r.loss ?? 0), 0);
  const excluded = run.holdings.filter((r) => r.loss === null).length;
  return h(
    'section',
    { class: 'major' },
    run.label ? h('p', { class: 'run-tag' }, `${runTag(run)} — ${scenarioName(run.record.meta.scenario)}`) : null,
    h('h2', {}, t('report.app.title')),
    h('p', { class: 'intro' }, t('report.app.intro', { count: run.holdings.length, portfolio: run.inputs.portfolio.name, fileName: run.inputs.portfolio.source.fileName, currency: fmt.currency })),
    excluded > 0 ? h('p', { class: 'note' }, t('report.app.excluded', { count: excluded })) : null,
    run.holdings.some((r) => isParQuoted(r.holding)) ? h('p', { class: 'note' }, t('portfolio.bond.caption')) : null,
    table({
      className: 'holdings',
      head: [t('report.col.holding'), t('report.col.account'), t('report.col.quantity'), t('report.col.price'), t('report.col.value'), t('report.col.exposure'), t('report.col.loss'), t('report.col.lossOfValue')],
      rows,
      foot: [[t('report.total'), '', '', '', fmt.money(run.netValue), '', fmt.money(lossTotal), '']],
      numeric: [2, 3, 4, 6, 7],
    }),
  );
}
