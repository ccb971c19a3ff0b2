import Big from 'big.js';

/** Largest amount in cents that is still an exact JavaScript integer. */
const MAX_CENTS = new Big(Number.MAX_SAFE_INTEGER);

/** Rounds an exact amount in currency units to integer cents, half to even; null when too large. */
function bigToCents(units: Big): number | null {
  const cents = units.times(100).round(0, Big.roundHalfEven);
  return cents.abs().gt(MAX_CENTS) ? null : Number(cents.toFixed(0));
}

/** '1250.5' → 125050: decimal text to cents without ever going through a float. */
export function decimalToCents(decimal: string): number | null {
  try {
    return bigToCents(new Big(decimal));
  } catch {
    return null;
  }
}

/** quantity × price (÷ divisor, 100 for bonds quoted per 100 of face) in cents, exact, half-even. */
export function productToCents(quantity: string, price: string, divisor = 1): number | null {
  try {
    return bigToCents(new Big(quantity).times(new Big(price)).div(divisor));
  } catch {
    return null;
  }
}

/** value ÷ quantity (× 100 for bonds) as a float price, for rows that give only a value. */
export function impliedPrice(value: string, quantity: string, perHundred: boolean): number | null {
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
