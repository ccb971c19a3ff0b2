import { z } from 'zod';
import { ExposureWeight } from './exposure';

/** ISO 4217-shaped code: three capital letters. */
export const CurrencyCode = z.string().regex(/^[A-Z]{3}$/, 'a three-letter currency code such as USD');
export type CurrencyCode = z.infer<typeof CurrencyCode>;

/**
 * Money is carried as integer cents (1/100 of the currency unit) so totals never drift.
 * Quantities and prices are floats: they feed the model, not the ledger.
 */
export const Cents = z.number().int();

export const Holding = z.object({
  /** Stable within a portfolio: account + symbol (+ a counter for repeats). */
  id: z.string().min(1),
  symbol: z.string().min(1),
  name: z.string(),
  account: z.string(),
  /** Negative = short. Null when the file gives only a value (money market, pending activity). */
  quantity: z.number().nullable(),
  /** Per unit; bonds per 100 of face. Null when the file gives only a value. */
  price: z.number().nullable(),
  /** Market value in the holding's currency, exact. */
  marketValueCents: Cents,
  currency: CurrencyCode,
  /** The file's own asset-class text, if any. */
  assetClass: z.string().nullable(),
  securityType: z.string().nullable(),
  /** Bond details, when known. */
  faceValue: z.number().nullable(),
  coupon: z.number().nullable(),
  maturity: z.string().nullable(),
  /** Average daily traded value in US dollars (the generic template's adv_usd), when the file gives it. */
  advValue: z.number().nullable(),
  /** Income a year (dividends or coupons) as a share of market value, from the file's yield column; absent in older portfolios. */
  incomeYield: z.number().nullable().optional(),
  exposures: z.array(ExposureWeight).min(1),
  /** The automatic tags (file column, rules, asset class) while a user override replaces them. */
  autoExposures: z.array(ExposureWeight).min(1).optional(),
  /** Physical line of the source file the holding came from (1-based). */
  line: z.number().int().positive().nullable(),
});
export type Holding = z.infer<typeof Holding>;
