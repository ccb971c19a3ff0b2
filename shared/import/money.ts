import Big from 'big.js';

/**
 * The most significant digits an amount, price or quantity may have: cents are exact to about 16 digits and crypto
 * quantities carry up to 18 decimals, so 40 is far beyond any real figure. big.js multiplies and divides in time that
 * grows with the product of its operands' digits: two 1 MB numbers in one row took over an hour.
 */
export const MAX_SIGNIFICANT_DIGITS = 40;

/** Digits from the first non-zero one to the last ('-0.00120' → 2, '1000' → 1, '10.5' → 3), in one scan. */
export function significantDigits(decimal: string): number {
  let first = -1;
  let last = -1;
  for (let i = 0; i < decimal.length; i += 1) {
    const c = decimal.charCodeAt(i);
    if (c >= 0x31 && c <= 0x39) {
      if (first < 0) first = i;
      last = i;
    }
  }
  if (first < 0) return 0;
  const dot = decimal.indexOf('.', first);
  return last - first + 1 - (dot >= 0 && dot < last ? 1 : 0);
}

/** Largest amount in cents that is still an exact JavaScript integer. */
const MAX_CENTS = new Big(Number.MAX_SAFE_INTEGER);

/** Rounds an exact amount in currency units to integer cents, half to even; null when too large. */
function bigToCents(units: Big): number | null {
  const cents = units.times(100).round(0, Big.roundHalfEven);
  return cents.abs().gt(MAX_CENTS) ? null : Number(cents.toFixed(0));
}

/** '1250.5' → 125050: decimal text to cents without ever going through a float. */
export function decimalToCents(decimal: string): number | null {
  if (significantDigits(decimal) > MAX_SIGNIFICANT_DIGITS) return null;
  try {
    return bigToCents(new Big(decimal));
  } catch {
    return null;
  }
}

/** quantity × price (÷ divisor, 100 for bonds quoted per 100 of face) in cents, exact, half-even. */
export function productToCents(quantity: string, price: string, divisor = 1): number | null {
  if (significantDigits(quantity) > MAX_SIGNIFICANT_DIGITS || significantDigits(price) > MAX_SIGNIFICANT_DIGITS) return null;
  try {
    return bigToCents(new Big(quantity).times(new Big(price)).div(divisor));
  } catch {
    return null;
  }
}

/** value ÷ quantity (× 100 for bonds) as a float price, for rows that give only a value. */
export function impliedPrice(value: string, quantity: string, perHundred: boolean): number | null {
  if (significantDigits(value) > MAX_SIGNIFICANT_DIGITS || significantDigits(quantity) > MAX_SIGNIFICANT_DIGITS) return null;
  try {
    const q = new Big(quantity);
    if (q.eq(0)) return null;
    return Number(new Big(value).div(q).times(perHundred ? 100 : 1).toPrecision(15));
  } catch {
    return null;
  }
}

/** Cents in base units using the file's own rate, half-even (the same rounding as the valuation layer). */
export function convertCents(cents: number, rate: number): number {
  return Number(new Big(cents).times(rate).round(0, Big.roundHalfEven).toFixed(0));
}

/** 10666641 → '106,666.41' (for messages). */
export function formatCents(cents: number): string {
  const negative = cents < 0;
  const digits = String(Math.abs(cents)).padStart(3, '0');
  const int = digits.slice(0, -2).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${negative ? '-' : ''}${int}.${digits.slice(-2)}`;
}
