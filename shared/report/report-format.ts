import { FACTOR_UNIT, type Factor } from '../domain/scenario';
import { joinSentences } from '../narrative/narrative-text';
import { textLocale } from '../i18n/translate';
import { compactMoney } from '../text/compact-money';

/** Every number of the report goes through these: Intl in the report's language, the run's base currency; dates in UTC. */
export type ReportFormat = {
  currency: string;
  /** Whole currency units: $101,740. */
  money: (value: number) => string;
  /** To the cent: $238,600.33. */
  moneyExact: (value: number) => string;
  /** Axis ticks: $100K. */
  moneyCompact: (value: number) => string;
  /** A fraction as a percentage: 0.4264 → 42.6%. */
  pct: (value: number, digits?: number) => string;
  /** A signed change: +4.1% / −12.0%. */
  signedPct: (value: number) => string;
  num: (value: number, digits?: number) => string;
  /** A count of weeks spelled out: 19 weeks. */
  weeks: (weeks: number) => string;
  /** NVDA, AMD, and TSM. */
  list: (items: readonly string[]) => string;
  /** Sentences as one paragraph. */
  sentences: (items: readonly string[]) => string;
  /** A factor move in its unit: −40.0% or +400 bp. */
  factorMove: (factor: Factor, value: number) => string;
  /** 2026-11-21T06:21:00.000Z → Nov 21, 2026. */
  date: (iso: string) => string;
  /** 2026-11-21T06:21:00.000Z → Nov 21, 2026, 06:21 UTC. */
  dateTime: (iso: string) => string;
};

/** The report's locale for numbers, dates and citations: the language it is written in ("en-US", "zh-CN"). */
export const reportLocale = (): string => textLocale();
/** −0 and rounding dust print as 0, never as “−$0”. */
const clean = (value: number, digits: number) => (Math.abs(value) < 0.5 * 10 ** -digits ? 0 : value);

export function reportFormat(currency: string, LOCALE: string = reportLocale()): ReportFormat {
  const money = new Intl.NumberFormat(LOCALE, { style: 'currency', currency, maximumFractionDigits: 0, minimumFractionDigits: 0 });
  const exact = new Intl.NumberFormat(LOCALE, { style: 'currency', currency, minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const compact = compactMoney(LOCALE, currency);
  const pcts = new Map<number, Intl.NumberFormat>();
  const pctFormat = (digits: number) => {
    let f = pcts.get(digits);
    if (!f) pcts.set(digits, (f = new Intl.NumberFormat(LOCALE, { style: 'percent', minimumFractionDigits: digits, maximumFractionDigits: digits })));
    return f;
  };
  const signed = new Intl.NumberFormat(LOCALE, { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1, signDisplay: 'exceptZero' });
  const nums = new Map<number, Intl.NumberFormat>();
  const numFormat = (digits: number) => {
    let f = nums.get(digits);
    if (!f) nums.set(digits, (f = new Intl.NumberFormat(LOCALE, { maximumFractionDigits: digits })));
    return f;
  };
  const bp = new Intl.NumberFormat(LOCALE, { maximumFractionDigits: 0, signDisplay: 'exceptZero' });
  const weeks = new Intl.NumberFormat(LOCALE, { style: 'unit', unit: 'week', unitDisplay: 'long', maximumFractionDigits: 0 });
  const list = new Intl.ListFormat(LOCALE, { style: 'long', type: 'conjunction' });
  const date = new Intl.DateTimeFormat(LOCALE, { dateStyle: 'medium', timeZone: 'UTC' });
  const dateTime = new Intl.DateTimeFormat(LOCALE, { dateStyle: 'medium', timeStyle: 'short', hourCycle: 'h23', timeZone: 'UTC' });
  const when = (iso: string, f: Intl.DateTimeFormat) => {
    const d = new Date(iso);
    return Number.isNaN(d.getTime()) ? iso : f.format(d);
  };
  return {
    currency,
    money: (v) => money.format(clean(v, 0)),
    moneyExact: (v) => exact.format(clean(v, 2)),
    moneyCompact: (v) => compact(clean(v, 0)),
    pct: (v, digits = 1) => pctFormat(digits).format(clean(v, digits + 2)),
    signedPct: (v) => signed.format(clean(v, 3)),
    num: (v, digits = 2) => numFormat(digits).format(clean(v, digits)),
    weeks: (w) => weeks.format(w),
    list: (items) => list.format(items),
    sentences: joinSentences(LOCALE),
    factorMove: (factor, v) => (FACTOR_UNIT[factor] === 'bp' ? `${bp.format(clean(v, 0))} bp` : signed.format(clean(v, 3))),
    date: (iso) => when(iso, date),
    dateTime: (iso) => `${when(iso, dateTime)} UTC`,
  };
}
