import type { TranslateFn } from '../../i18n/translate';
import type { FitSummary, PairRow, VolRow } from './fit-types';

/**
 * The words and numbers of a fit for people, shared by Settings → Factor models and `aftershock fit`. Numbers go
 * through Intl in `locale` (the number format); the sentences around them come from the catalogue.
 */
export function fitFormatters(locale: string, dateLocale = locale) {
  const day = new Intl.DateTimeFormat(dateLocale, { dateStyle: 'medium', timeZone: 'UTC' });
  const pct = new Intl.NumberFormat(locale, { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const bp = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  const change = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0, signDisplay: 'exceptZero' });
  const corr = new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const corrChange = new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2, signDisplay: 'exceptZero' });
  const three = new Intl.NumberFormat(locale, { minimumFractionDigits: 3, maximumFractionDigits: 3 });
  const whole = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  return {
    /** An annual vol in its unit: 45.0% or 150 bp. */
    vol: (v: number, unit: VolRow['unit']) => (unit === 'bp' ? `${bp.format(v)} bp` : pct.format(v)),
    /** fitted/default − 1 as a signed percentage. */
    change: (c: number) => change.format(c),
    corr: (v: number) => corr.format(v),
    corrChange: (v: number) => corrChange.format(v),
    intensity: (v: number) => three.format(v),
    whole: (v: number) => whole.format(v),
    lambda: (v: number) => new Intl.NumberFormat(locale, { maximumFractionDigits: 4 }).format(v),
    /** A YYYY-MM-DD date in words of the language (4 Jan 2019, 2019年1月4日). */
    date: (iso: string) => day.format(new Date(`${iso}T00:00:00Z`)),
  };
}
export type FitFormatters = ReturnType<typeof fitFormatters>;

export function methodText(s: FitSummary, t: TranslateFn, f: FitFormatters): string {
  if (s.method === 'ewma') return t('fit.method.ewma', { lambda: f.lambda(s.lambda ?? 0), effective: f.whole(s.effectiveReturns) });
  if (s.method === 'sample') return t('fit.method.sample');
  return t('fit.method.ledoit-wolf', { intensity: f.intensity(s.shrinkage?.intensity ?? 0) });
}

/** "257 weekly returns from … to …, annualised × 52; 258 of 261 dated rows used", and the window when there is one. */
export function spanText(s: FitSummary, t: TranslateFn, f: FitFormatters): string {
  const span = t('fit.span', {
    returns: f.whole(s.returns),
    frequency: t(`fit.frequency.${s.frequency}`),
    first: f.date(s.firstDate),
    last: f.date(s.lastDate),
    periods: s.periodsPerYear,
    used: f.whole(s.rowsUsed),
    read: f.whole(s.rowsRead),
  });
  return s.window ? `${span} · ${t('fit.window', { from: f.date(s.window.from), to: f.date(s.window.to) })}` : span;
}

/** The vol table's cells: factor, default, fitted (— when the file lacks it), change. */
export const volCells = (r: VolRow, t: TranslateFn, f: FitFormatters): [string, string, string, string] => [
  r.factor,
  f.vol(r.default, r.unit),
  r.fitted === null ? t('fit.notFitted') : f.vol(r.fitted, r.unit),
  r.change === null ? t('fit.notFitted') : f.change(r.change),
];

export const pairCells = (p: PairRow, t: TranslateFn, f: FitFormatters): [string, string, string, string] => [
  t('fit.pair', { a: p.a, b: p.b }),
  f.corr(p.default),
  f.corr(p.fitted),
  f.corrChange(p.change),
];
