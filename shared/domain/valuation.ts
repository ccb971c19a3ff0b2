import Big from 'big.js';
import { z } from 'zod';
import { ExposureTag, EXPOSURE_TAGS } from './exposure';
import type { Portfolio } from './portfolio';
import type { Settings } from './settings';
import { CurrencyCode } from './holding';

export const HoldingValuation = z.object({
  holdingId: z.string(),
  /** Null when the currency has no FX rate: the holding is then left out of every total. */
  valueBaseCents: z.number().int().nullable(),
  /** Share of the gross long value (0..1); null when excluded. */
  weight: z.number().nullable(),
  isLoan: z.boolean(),
});
export type HoldingValuation = z.infer<typeof HoldingValuation>;

export const PortfolioValuation = z.object({
  baseCurrency: CurrencyCode,
  rows: z.array(HoldingValuation),
  /** Net value (equity): assets minus loans, in base-currency cents. */
  totalBaseCents: z.number().int(),
  /** Sum of positive values. */
  grossLongBaseCents: z.number().int(),
  /** Sum of negative cash balances and margin loans (a negative number or 0). */
  loanBaseCents: z.number().int(),
  /** Sum of short positions other than cash (a negative number or 0). Long + shorts + loans = total. */
  shortBaseCents: z.number().int(),
  byExposureBaseCents: z.record(ExposureTag, z.number().int()),
  /** Currencies with no rate: their holdings are excluded from totals until a rate is given. */
  missingFx: z.array(CurrencyCode),
});
export type PortfolioValuation = z.infer<typeof PortfolioValuation>;

/** Base-currency units for one unit of `currency`, or null when no rate is known. */
export function fxToBase(
  currency: string,
  base: string,
  table: Settings['fxRates'],
  fileFx: Portfolio['fileFx'],
): number | null {
  if (currency === base) return 1;
  if (fileFx && fileFx.base === base && fileFx.rates[currency] !== undefined) return fileFx.rates[currency];
  const usdPer = (c: string): number | null => (c === 'USD' ? 1 : (table[c]?.usdPerUnit ?? null));
  const from = usdPer(currency);
  const to = usdPer(base);
  return from === null || to === null ? null : from / to;
}

/** Values every holding in the base currency, exactly in cents; weights are shares of the gross long value. */
export function valuePortfolio(portfolio: Portfolio, settings: Pick<Settings, 'baseCurrency' | 'fxRates'>): PortfolioValuation {
  const base = settings.baseCurrency;
  const missing = new Set<string>();
  const values = portfolio.holdings.map((h) => {
    const rate = fxToBase(h.currency, base, settings.fxRates, portfolio.fileFx);
    if (rate === null) {
      missing.add(h.currency);
      return null;
    }
    return rate === 1 ? h.marketValueCents : Number(new Big(h.marketValueCents).times(rate).round(0, Big.roundHalfEven));
  });
  let total = 0;
  let grossLong = 0;
  let loans = 0;
  let shorts = 0;
  const byExposure = Object.fromEntries(EXPOSURE_TAGS.map((t) => [t, 0])) as Record<ExposureTag, number>;
  portfolio.holdings.forEach((h, i) => {
    const v = values[i];
    if (v === null || v === undefined) return;
    total += v;
    if (v > 0) grossLong += v;
    if (isLoan(h, v)) loans += v;
    else if (v < 0) shorts += v;
    let assigned = 0;
    h.exposures.forEach((e, k) => {
      // Split cents by weight; the last tag takes the remainder so the parts add up exactly.
      const part = k === h.exposures.length - 1 ? v - assigned : Math.round(v * e.weight);
      byExposure[e.tag] += part;
      assigned += part;
    });
  });
  const rows = portfolio.holdings.map((h, i): HoldingValuation => {
    const v = values[i] ?? null;
    return {
      holdingId: h.id,
      valueBaseCents: v,
      weight: v === null || grossLong === 0 ? null : v / grossLong,
      isLoan: v !== null && isLoan(h, v),
    };
  });
  return {
    baseCurrency: base,
    rows,
    totalBaseCents: total,
    grossLongBaseCents: grossLong,
    loanBaseCents: loans,
    shortBaseCents: shorts,
    byExposureBaseCents: byExposure,
    missingFx: [...missing].sort(),
  };
}

function isLoan(h: Portfolio['holdings'][number], valueCents: number): boolean {
  return valueCents < 0 && h.exposures.some((e) => e.tag === 'cash');
}
