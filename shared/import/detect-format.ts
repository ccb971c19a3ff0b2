import { ALIAS_TO_FIELD, HEADER_ALIASES, headerKeys, normaliseHeader, type HeaderKeys } from './header-aliases';
import type { DecimalMark } from './parse-number';
import type { Row } from './parse-rows';
import type { ColumnMapping, Field } from './types';

export type FormatSpec = {
  id: string;
  /** Does a header (all keys of all its cells) belong to this format? */
  detect: (keys: ReadonlySet<string>) => boolean;
  /** Header keys per field, tried in order; absent → the general aliases. */
  columns: Partial<Record<Field, readonly string[]>> | null;
  defaultCurrency: string | null;
  decimalMark: DecimalMark | null;
  assetClass: string | null;
};

const GENERIC_KEYS = new Set([
  'symbol', 'name', 'quantity', 'price', 'currency', 'asset class', 'exposure', 'adv usd', 'adv', 'account', 'market value', 'security type', 'yield',
]);
const has = (keys: ReadonlySet<string>, ...wanted: string[]): boolean => wanted.every((w) => keys.has(w));

export const FORMAT_SPECS: readonly FormatSpec[] = [
  {
    id: 'fidelity',
    detect: (k) => has(k, 'account number', 'symbol', 'last price', 'current value'),
    columns: { account: ['account number'], symbol: ['symbol'], name: ['description'], quantity: ['quantity'], price: ['last price'], marketValue: ['current value'] },
    defaultCurrency: 'USD',
    decimalMark: '.',
    assetClass: null,
  },
  {
    id: 'schwab',
    detect: (k) => has(k, 'symbol', 'mkt val (market value)') || has(k, 'symbol', 'qty (quantity)', 'security type'),
    columns: {
      symbol: ['symbol'], name: ['description'], quantity: ['qty (quantity)', 'quantity'], price: ['price'],
      marketValue: ['mkt val (market value)', 'market value'], securityType: ['security type'],
    },
    defaultCurrency: 'USD',
    decimalMark: '.',
    assetClass: null,
  },
  {
    id: 'exchange',
    detect: (k) => has(k, 'total') && (k.has('asset') || k.has('coin')) && (k.has('available') || k.has('free')),
    columns: { symbol: ['asset', 'coin'], quantity: ['total'], price: ['price'], marketValue: ['value'] },
    defaultCurrency: 'USD',
    decimalMark: null,
    assetClass: 'crypto',
  },
  {
    id: 'cn-broker',
    detect: (k) => k.has('代码') && (k.has('持有数量') || k.has('持仓数量')),
    columns: {
      symbol: ['代码', '证券代码'], name: ['名称', '证券名称'], quantity: ['持有数量', '持仓数量'], price: ['现价', '最新价'],
      marketValue: ['市值', '持仓市值'], currency: ['交易货币', '币种', '货币'],
    },
    defaultCurrency: null,
    decimalMark: null,
    assetClass: null,
  },
  {
    id: 'de-broker',
    detect: (k) => (k.has('stück') || k.has('stueck')) && k.has('kurs'),
    columns: {
      symbol: ['symbol', 'kürzel', 'ticker'], name: ['name', 'bezeichnung', 'wertpapier'], quantity: ['stück', 'stueck'],
      price: ['kurs'], marketValue: ['kurswert', 'marktwert'], currency: ['währung', 'waehrung'], assetClass: ['anlageklasse', 'gattung'],
      account: ['depot', 'konto'],
    },
    defaultCurrency: 'EUR',
    decimalMark: ',',
    assetClass: null,
  },
  {
    id: 'generic',
    detect: (k) => k.has('symbol') && (k.has('quantity') || k.has('market value')) && [...k].every((key) => GENERIC_KEYS.has(key)),
    columns: null,
    defaultCurrency: null,
    decimalMark: null,
    assetClass: null,
  },
];

export const ALIASES_SPEC: FormatSpec = { id: 'aliases', detect: () => true, columns: null, defaultCurrency: null, decimalMark: null, assetClass: null };

const nonEmpty = (cells: readonly string[]): number => cells.filter((c) => c.trim() !== '').length;
const primaryKeys = (cells: readonly string[]): Set<string> => new Set(cells.map((c) => normaliseHeader(c)).filter((k) => k !== ''));

/** The header row: the first of the opening rows naming at least two known columns (or every mapped one). */
export function findHeaderRow(rows: readonly Row[], mapping?: ColumnMapping): number | null {
  const wanted = Object.values(mapping ?? {}).filter((h): h is string => typeof h === 'string' && h.trim() !== '').map(normaliseHeader);
  const limit = Math.min(rows.length, 60);
  for (let i = 0; i < limit; i += 1) {
    const cells = rows[i]?.cells ?? [];
    if (nonEmpty(cells) < 2) continue;
    if (wanted.length > 0) {
      const keys = primaryKeys(cells);
      if (wanted.every((w) => keys.has(w))) return i;
      continue;
    }
    const known = cells.filter((c) => headerKeys(c).keys.some((k) => ALIAS_TO_FIELD.has(k))).length;
    if (known >= 2) return i;
  }
  return null;
}

/** The first row that could be a header (for the message when none names a known column). */
export function firstWideRow(rows: readonly Row[]): number | null {
  const i = rows.slice(0, 60).findIndex((r) => nonEmpty(r.cells) >= 2);
  return i < 0 ? null : i;
}

export function detectFormat(cells: readonly string[]): FormatSpec {
  const keys = new Set(cells.flatMap((c) => headerKeys(c).keys).filter((k) => k !== ''));
  const primary = primaryKeys(cells);
  return FORMAT_SPECS.find((s) => (s.id === 'generic' ? s.detect(primary) : s.detect(keys))) ?? ALIASES_SPEC;
}

/** field → column index, from the format's own names, the user's mapping, or the general aliases. */
export function assignColumns(cells: readonly string[], spec: FormatSpec, mapping?: ColumnMapping): Partial<Record<Field, number>> {
  const headers: HeaderKeys[] = cells.map((c) => headerKeys(c));
  // Column indices by primary key and by any key, ascending: a lookup per candidate instead of a scan of every
  // column (a header of 500,000 columns took seconds).
  const byPrimary = new Map<string, number[]>();
  const byAny = new Map<string, number[]>();
  const index = (map: Map<string, number[]>, key: string, i: number) => {
    const list = map.get(key);
    if (!list) map.set(key, [i]);
    else if (list[list.length - 1] !== i) list.push(i);
  };
  headers.forEach((h, i) => {
    if (h.keys[0] !== undefined) index(byPrimary, h.keys[0], i);
    for (const key of h.keys) index(byAny, key, i);
  });
  const used = new Set<number>();
  const out: Partial<Record<Field, number>> = {};
  const take = (field: Field, candidates: readonly string[], primaryOnly: boolean): void => {
    if (out[field] !== undefined) return;
    for (const candidate of candidates) {
      const column = (primaryOnly ? byPrimary : byAny).get(candidate)?.find((i) => !used.has(i));
      if (column !== undefined) {
        out[field] = column;
        used.add(column);
        return;
      }
    }
  };
  for (const [field, header] of Object.entries(mapping ?? {}) as Array<[Field, string | undefined]>) {
    if (header && header.trim() !== '') take(field, [normaliseHeader(header)], true);
  }
  if (spec.columns) for (const [field, names] of Object.entries(spec.columns) as Array<[Field, readonly string[]]>) take(field, names, false);
  // Primary names before parenthesised parts, so 'Price' beats 'Price Chng % (Price Change %)'.
  for (const [field, aliases] of Object.entries(HEADER_ALIASES) as Array<[Field, readonly string[]]>) take(field, aliases, true);
  for (const [field, aliases] of Object.entries(HEADER_ALIASES) as Array<[Field, readonly string[]]>) take(field, aliases, false);
  return out;
}

/** A currency named by the header of a column ('Value (USD)'). */
export function headerCurrency(cells: readonly string[], index: number | undefined): string | null {
  return index === undefined ? null : headerKeys(cells[index] ?? '').currency;
}
