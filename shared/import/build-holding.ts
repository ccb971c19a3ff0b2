import { bondDetails, classifyHolding, detectBond, parseBlend, findOverride } from '../classify';
import type { Holding } from '../domain/holding';
import type { ImportIssue } from '../domain/portfolio';
import { readCurrency } from './currency';
import { blendProblem, importText, type ImportMessageKey } from './import-messages';
import { decimalToCents, impliedPrice, productToCents } from './money';
import { parseNumber, type DecimalMark, type ParsedNumber } from './parse-number';
import type { Field, Overrides, RawRecord } from './types';
import { valueMismatch } from './value-check';

export type BuildContext = {
  decimalMark: DecimalMark;
  defaultAccount: string;
  defaultAssetClass: string | null;
  /** Used when neither the row, its header nor its amounts name a currency. */
  fallbackCurrency: string;
  overrides?: Overrides;
};

/** A holding without its id (ids are given once all rows are read), or why the row was left out. */
export type BuildResult =
  | { kind: 'holding'; holding: Omit<Holding, 'id'>; issues: ImportIssue[]; currencyAssumed: boolean }
  | { kind: 'skipped'; issue: ImportIssue };

const textOf = (s: string | undefined): string => {
  const t = (s ?? '').trim();
  return t === '--' || /^n\/a$/i.test(t) ? '' : t;
};
const asNumber = (p: ParsedNumber): number | null => (p.kind === 'number' ? Number(p.decimal) : null);

/**
 * A yield cell as a share a year: the column is a percentage with or without the sign ('2.5' and '2.5 %' are both
 * 2.5 % = 0.025). Empty → null; not a number, negative or above 100 % → 'invalid' (ignored with a remark).
 */
export function readYield(cell: string | undefined, mark: DecimalMark): number | null | 'invalid' {
  const p = parseNumber(cell, mark);
  if (p.kind === 'missing') return null;
  if (p.kind === 'invalid') return 'invalid';
  const share = Number(p.decimal) / 100;
  return share >= 0 && share <= 1 ? share : 'invalid';
}

export function buildHolding(record: RawRecord, ctx: BuildContext): BuildResult {
  const { line, cells } = record;
  /** The column a remark is about: the first of `fields` the file has a cell for (or, failing that, a column for). */
  const columnOf = (...fields: Field[]) => {
    const field = fields.find((f) => (cells[f] ?? '').trim() !== '') ?? fields.find((f) => record.columns?.[f] !== undefined);
    return field === undefined ? undefined : record.columns?.[field];
  };
  const skip = (severity: ImportIssue['severity'], key: ImportMessageKey, value?: string, ...fields: Field[]): BuildResult => ({
    kind: 'skipped',
    issue: { line, severity, ...importText(key, value !== undefined ? { value } : {}, columnOf(...fields)), ...(value !== undefined ? { value } : {}) },
  });
  const name = textOf(cells.name);
  const symbol = textOf(cells.symbol) || name;
  if (symbol === '') return skip('error', 'noSymbol', undefined, 'symbol', 'name');

  const qty = parseNumber(cells.quantity, ctx.decimalMark);
  const price = parseNumber(cells.price, ctx.decimalMark);
  const value = parseNumber(cells.marketValue, ctx.decimalMark);
  if (qty.kind === 'invalid' || (qty.kind === 'number' && qty.percent)) return skip('error', 'quantityNotNumber', cells.quantity ?? '', 'quantity');
  if (price.kind === 'invalid' || (price.kind === 'number' && price.percent)) return skip('error', 'priceNotNumber', cells.price ?? '', 'price');
  if (value.kind === 'invalid' || (value.kind === 'number' && value.percent)) return skip('error', 'valueNotNumber', cells.marketValue ?? '', 'marketValue');

  const currencyCell = readCurrency(cells.currency);
  if (currencyCell.kind === 'invalid') return skip('error', 'unknownCurrency', cells.currency ?? '', 'currency');
  const amountCurrency = (value.kind === 'number' ? value.currency : null) ?? (price.kind === 'number' ? price.currency : null);
  const currency = currencyCell.kind === 'code' ? currencyCell.code : (record.currencyHint ?? amountCurrency ?? ctx.fallbackCurrency);
  const currencyAssumed = currencyCell.kind !== 'code' && !record.currencyHint && !amountCurrency;

  const assetClass = textOf(cells.assetClass) || ctx.defaultAssetClass || null;
  const securityType = textOf(cells.securityType) || null;
  const isBond = detectBond({ symbol, name, assetClass, securityType });
  const perHundred = isBond ? 100 : 1;

  let cents: number | null;
  let unitPrice: number | null = asNumber(price);
  if (qty.kind === 'missing') {
    if (value.kind !== 'number') return skip('error', 'noQuantityNoValue');
    cents = decimalToCents(value.decimal);
    unitPrice = null;
  } else if (value.kind === 'number') {
    cents = decimalToCents(value.decimal);
    unitPrice ??= impliedPrice(value.decimal, qty.decimal, isBond);
  } else if (price.kind === 'number') {
    cents = productToCents(qty.decimal, price.decimal, perHundred);
  } else {
    return skip('error', 'noPriceNoValue');
  }
  if (cents === null) return skip('error', 'valueTooLarge', cells.marketValue || cells.quantity || '', 'marketValue', 'quantity');
  const quantity = asNumber(qty);
  if (cents === 0 && (quantity === null || quantity === 0)) return skip('info', 'zeroBalance', cells.quantity || cells.marketValue || '0', 'quantity', 'marketValue');

  const issues: ImportIssue[] = [];
  if (qty.kind === 'number' && price.kind === 'number' && value.kind === 'number') {
    const parts = { quantity: qty.decimal, price: price.decimal, value: value.decimal, currency, isBond };
    const mismatch = valueMismatch(parts, line, cells.marketValue ?? '', record.columns?.marketValue);
    if (mismatch) issues.push(mismatch);
  }
  let exposureText = textOf(cells.exposure) || null;
  if (exposureText !== null) {
    const blend = parseBlend(exposureText);
    if (!blend.ok) {
      const said = importText('badExposure', { value: exposureText, problem: blendProblem(blend.problem) }, columnOf('exposure'));
      issues.push({ line, severity: 'warning', ...said, value: exposureText });
      exposureText = null;
    }
  }
  const overridden = ctx.overrides?.[symbol.toUpperCase()];
  if (overridden && !findOverride(symbol, ctx.overrides)) {
    issues.push({ line, severity: 'warning', ...importText('badOverride', { symbol }) });
  }
  const adv = parseNumber(cells.adv, ctx.decimalMark);
  if (adv.kind === 'invalid') issues.push({ line, severity: 'warning', ...importText('advNotNumber', { value: cells.adv ?? '' }, columnOf('adv')), value: cells.adv ?? '' });
  const incomeYield = readYield(cells.yield, ctx.decimalMark);
  if (incomeYield === 'invalid') issues.push({ line, severity: 'warning', ...importText('yieldNotNumber', { value: cells.yield ?? '' }, columnOf('yield')), value: cells.yield ?? '' });

  const isCashLike = qty.kind === 'missing';
  const market = textOf(cells.market) || null;
  const exposures = classifyHolding({ symbol, name, assetClass, securityType, market, exposureText, isBond, isCashLike }, ctx.overrides);
  const details = isBond ? bondDetails(symbol, name) : { coupon: null, maturity: null };
  const holding: Omit<Holding, 'id'> = {
    symbol,
    name,
    account: textOf(cells.account) || ctx.defaultAccount,
    quantity,
    price: unitPrice,
    marketValueCents: cents,
    currency,
    assetClass,
    securityType,
    faceValue: isBond ? quantity : null,
    coupon: details.coupon,
    maturity: details.maturity,
    advValue: asNumber(adv),
    ...(typeof incomeYield === 'number' ? { incomeYield } : {}),
    exposures,
    line,
  };
  return { kind: 'holding', holding, issues, currencyAssumed };
}
