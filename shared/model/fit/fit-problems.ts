import { modelsEn } from '../../i18n/en/messages-models';
import { translator, type MessageKey, type TranslateFn } from '../../i18n/translate';
import { clipQuoted } from '../../text/clip-text';
import type { FitProblem } from './fit-types';

type Short<K> = K extends `fit.msg.${infer S}` ? S : never;
export type FitMessage = Short<keyof typeof modelsEn>;
export type ProblemParams = Record<string, string | number>;
type At = { line?: number; column?: { name: string; number: number } };

const english = translator('en');

/** Params that quote one cell or header of the file: clipped, so a 1 MB cell makes a remark of a line, not of 1 MB. */
const QUOTED = new Set(['column', 'name', 'value', 'date']);

/** A remark by its short key (fit.msg.<key>); `message` is its English sentence, without the line. */
export function fitProblem(severity: FitProblem['severity'], key: FitMessage, params: ProblemParams = {}, at: At = {}): FitProblem {
  const quoted = Object.fromEntries(Object.entries(params).map(([name, v]) => [name, QUOTED.has(name) && typeof v === 'string' ? clipQuoted(v) : v]));
  const column = at.column ? { ...at.column, name: clipQuoted(at.column.name) } : null;
  const p: FitProblem = { severity, line: at.line ?? null, column, key: `fit.msg.${key}`, params: quoted, message: '' };
  return { ...p, message: fitProblemText({ ...p, line: null }, english, 'en-US') };
}

const isMessageKey = (key: string): key is MessageKey => Object.hasOwn(modelsEn, key);

/**
 * A remark in the reader's language, "line 14: …" when it is about a line; counts and numbers that are not whole go
 * through Intl in `locale`. A key this version does not know (a remark from a newer one) shows its English message.
 */
export function fitProblemText(p: FitProblem, t: TranslateFn, locale: string): string {
  const num = new Intl.NumberFormat(locale, { maximumSignificantDigits: 3 });
  const whole = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  // Counts grouped (9,980 columns); line numbers stay as the line prefix writes them; the rest to 3 significant digits.
  const format = (k: string, v: number) => (!Number.isInteger(v) ? num.format(v) : k === 'count' ? whole.format(v) : v);
  const params = Object.fromEntries(Object.entries(p.params).map(([k, v]) => [k, typeof v === 'number' ? format(k, v) : v]));
  const text = isMessageKey(p.key) ? t(p.key, params) : p.message;
  return p.line === null ? text : t('fit.atLine', { line: p.line, text });
}

