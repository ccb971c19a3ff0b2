import { currencyFactor, type Factor } from '../domain/scenario';
import { FACTOR_INDEX } from './covariance';

/**
 * How a holding's value in the base currency moves with exchange rates. FX factors are the fractional change of the
 * value of one unit of a currency in US dollars (f_USD = 0), so one unit of currency C is worth (1 + f_C)/(1 + f_B)
 * of what it was in base B — exact for any base. `currency` and `base` are the two factors (null: USD, or a currency
 * without a factor, which keeps its US-dollar value); a holding whose currency moves like its base has no leg (null).
 */
export type FxLeg = {
  currency: Factor | null;
  base: Factor | null;
  /** The same for every pair of currencies with the same two factors (CNY and CNH). */
  key: string;
  /** The holding's and the base's currency codes, for the reader. */
  from: string;
  to: string;
};

/**
 * Floor on 1 + f_B: a base currency whose own factor fell to −100 % would make every other holding infinitely
 * valuable. The kernel uses the same floor.
 */
export const FX_MIN_BASE_VALUE = 1e-9;

/** The FX leg of a holding in `currency` valued in `baseCurrency`, or null when the two move alike (same factor). */
export function fxLeg(currency: string, baseCurrency: string): FxLeg | null {
  const own = currencyFactor(currency);
  const base = currencyFactor(baseCurrency);
  return own === base ? null : { currency: own, base, key: `${own ?? 'USD'}/${base ?? 'USD'}`, from: currency, to: baseCurrency };
}

/** φ = (1 + f_C)/(1 + f_B) − 1 at factor state f: f_C exactly when the base is USD. */
export function fxReturn(leg: FxLeg | null, f: ArrayLike<number>): number {
  if (leg === null) return 0;
  const c = leg.currency === null ? 0 : f[FACTOR_INDEX[leg.currency]]!;
  if (leg.base === null) return c;
  const b = f[FACTOR_INDEX[leg.base]]!;
  return (c - b) / Math.max(1 + b, FX_MIN_BASE_VALUE);
}

/** The return in base of a holding whose own return is r and whose currency moves φ: (1 + r)(1 + φ) − 1 = r + φ + r·φ. */
export const inBase = (r: number, phi: number): number => (phi === 0 ? r : r + phi + r * phi);
