import type { ExposureTag } from './exposure';
import type { Holding } from './holding';

/** A holding for tests, benchmarks and previews: a value in USD and its tags (rule-sourced); anything else via `extra`. */
export function makeHolding(
  id: string,
  valueUsd: number,
  tags: ExposureTag | { tag: ExposureTag; weight: number }[],
  extra: Partial<Holding> = {},
): Holding {
  const exposures = (typeof tags === 'string' ? [{ tag: tags, weight: 1 }] : tags).map((e) => ({ ...e, source: { kind: 'rule' as const } }));
  return {
    id,
    symbol: id,
    name: id,
    account: 'Test',
    quantity: null,
    price: null,
    marketValueCents: Math.round(valueUsd * 100),
    currency: 'USD',
    assetClass: null,
    securityType: null,
    faceValue: null,
    coupon: null,
    maturity: null,
    advValue: null,
    exposures,
    line: null,
    ...extra,
  };
}
