import type { FitProblem, FitResult } from '../../shared/model/fit/fit-types';
import { fitProblemText } from '../../shared/model/fit/fit-problems';
import { fitFormatters, methodText, pairCells, spanText, volCells } from '../../shared/model/fit/fit-text';
import { t, textLocale } from '../../shared/i18n/translate';
import { maxWidth, padEndWidth } from '../../shared/text/display-width';
import { tableLines } from './cli-table';

/** Correlation pairs shown; --json has them all. */
export const PAIRS_SHOWN = 12;

/** Every remark, one a line: severity (padded by display width) and the sentence, "line 14: …" when it is about a line. */
export function remarksText(problems: readonly FitProblem[]): string[] {
  if (problems.length === 0) return [t('fit.noRemarks')];
  const label = { error: t('fit.severity.error'), warning: t('fit.severity.warning'), info: t('fit.severity.info') };
  const widest = maxWidth(Object.values(label));
  return [t('fit.remarks', { count: problems.length }), ...problems.map((p) => `  ${padEndWidth(label[p.severity], widest)}  ${fitProblemText(p, t, textLocale())}`)];
}

/** The fit for people: what was fitted how, vols default against fitted, the correlations that moved most, the remarks. */
export function fitText(result: FitResult, locale = 'en-US'): string {
  if (!result.ok) return [t('cli.fit.refused', { file: result.fileName }), ...remarksText(result.problems)].join('\n');
  const f = fitFormatters(locale, textLocale());
  const { summary, comparison } = result;
  const head = [t('fit.col.factor'), t('fit.col.default'), t('fit.col.fitted'), t('fit.col.change')];
  const pairs = comparison.pairs.slice(0, PAIRS_SHOWN).map((p) => pairCells(p, t, f));
  return [
    t('cli.fit.title', { file: summary.fileName, method: methodText(summary, t, f) }),
    spanText(summary, t, f),
    '',
    t('fit.volsTitle'),
    ...tableLines([head, ...comparison.vols.map((r) => volCells(r, t, f))], ['left', 'right', 'right', 'right'], '  '),
    t('fit.volsNote'),
    '',
    t('fit.pairsTitle'),
    ...(pairs.length === 0 ? [`  ${t('fit.noPairs')}`] : tableLines([[t('fit.col.pair'), t('fit.col.default'), t('fit.col.fitted'), t('fit.col.change')], ...pairs], ['left', 'right', 'right', 'right'], '  ')),
    '',
    ...remarksText(result.problems),
  ].join('\n');
}
