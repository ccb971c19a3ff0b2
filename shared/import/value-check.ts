import Big from 'big.js';
import type { IssueColumn } from '../domain/import-text';
import type { ImportIssue } from '../domain/portfolio';
import { sentence } from './import-messages';
import { decimalToCents, formatCents } from './money';

/** 0.14 → '14.0'; with two decimals where one would round down to the 1 % tolerance (0.0101 → '1.01', not '1.0'). */
function percentText(share: Big): string {
  const percent = share.times(100);
  const one = percent.round(1, Big.roundHalfEven);
  return one.gt(1) ? one.toFixed(1) : percent.round(2, Big.roundUp).toFixed(2);
}

export type ValueParts = { quantity: string; price: string; value: string; currency: string; isBond: boolean };

/**
 * A warning when quantity × price (÷ 100 for a bond, whose price is in % of par) differs from the market value the file
 * states by more than 1 % of that value, exactly (big.js, no floats). The stated value is kept, so the message says so and
 * shows both amounts; a zero value against a non-zero product is 100 % apart. Null when they agree.
 */
export function valueMismatch(parts: ValueParts, line: number, rawValue: string, column?: IssueColumn): ImportIssue | null {
  let product: Big;
  let value: Big;
  try {
    const gross = new Big(parts.quantity).times(new Big(parts.price));
    product = parts.isBond ? gross.div(100) : gross;
    value = new Big(parts.value);
  } catch {
    return null;
  }
  const gap = product.minus(value).abs();
  // gap ≤ 1 % of |value|, without a division (this runs on every row): gap × 100 ≤ |value|.
  if (gap.times(100).lte(value.abs())) return null;
  const share = value.eq(0) ? new Big(1) : gap.div(value.abs());
  const productCents = decimalToCents(product.toFixed());
  const valueCents = decimalToCents(value.toFixed());
  if (productCents === null || valueCents === null) return null;
  return {
    line,
    severity: 'warning',
    ...sentence(
      parts.isBond ? 'import.issue.valueMismatchBond' : 'import.issue.valueMismatch',
      { product: formatCents(productCents), value: formatCents(valueCents), currency: parts.currency, percent: percentText(share) },
      column,
    ),
    value: rawValue,
  };
}
