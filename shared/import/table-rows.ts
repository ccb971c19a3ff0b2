import { ALIAS_TO_FIELD, headerKeys, normaliseHeader } from './header-aliases';
import { parseNumber } from './parse-number';
import type { Row } from './parse-rows';
import { isBlankRow } from './skipped-lines';
import type { Field } from './types';

/** What one row below (or above) the header row is. */
export type RowKind =
  | 'header'
  | 'blank'
  | 'preamble'
  | 'text'
  | 'repeatedHeader'
  /** The header of another table (trades, activity): several header words and no number. */
  | 'otherHeader'
  /** A line naming another section ('Transactions', 'Account Summary') and nothing else. */
  | 'sectionTitle'
  | 'total'
  | 'emptyTotal'
  | 'record';

const TOTAL = /^(?:(?:account|grand|portfolio|overall|sub)[\s-]*)?totals?\b|\btotals?$|^(?:summe|gesamt|gesamtsumme|合计|总计|总额|合計|總計)/i;

/** What a title line says the section after it holds; none of them holds positions. */
const END = '(?![\\p{L}\\p{N}])';
const SECTION_TITLES = {
  transactions: new RegExp(
    [
      '^(?:transactions?|transaction history|trades?|trade history|trade confirmations?|activity|account activity|recent activity|history',
      '|orders?|order history|executions?|dividends?|income|realized gains?(?: and losses| & losses)?|realized|closed positions',
      `|cash activity|cash transactions|交易记录|交易明细|成交记录|成交明细|历史成交|委托记录|资金流水|umsätze|transaktionen|buchungen|orderbuch)${END}`,
    ].join(''),
    'iu',
  ),
  totals: new RegExp(`^(?:account summary|portfolio summary|balance summary|summary)${END}`, 'iu'),
  notes: new RegExp(`^(?:disclaimers?|footnotes?|notes)${END}`, 'iu'),
} as const;
export type TitledSection = keyof typeof SECTION_TITLES;

/** What a line naming a section ('Transactions:', 'Account Summary') says it holds; null for any other text. */
export function sectionTitleKind(text: string): TitledSection | null {
  const title = text.trim().replace(/[:：]\s*$/, '');
  return (Object.keys(SECTION_TITLES) as TitledSection[]).find((kind) => SECTION_TITLES[kind].test(title)) ?? null;
}

/** Header words that say a table lists transactions: a date, an action. */
export const TRANSACTION_HEADER_WORDS: ReadonlySet<string> = new Set([
  'date', 'trade date', 'settlement date', 'settle date', 'run date', 'transaction date', 'as of date', 'action', 'transaction',
  'transaction type', 'activity', 'side', 'buy/sell', '日期', '成交日期', '交易日期', '操作', '买卖方向', '买卖标志', 'datum', 'buchungstag',
  'handelstag',
]);
/** Header words of tables that are not positions, on top of the transaction words and the importer's own aliases. */
const OTHER_TABLE_WORDS = new Set([
  ...TRANSACTION_HEADER_WORDS, 'type', 'amount', 'net amount', 'fees', 'fee', 'commission', 'fees & comm', 'fees & commissions', 'proceeds',
  'realized p/l', 'cost basis', 'memo', 'comment', 'status', '成交数量', '成交价格', '成交均价', '成交金额', '发生金额', '手续费', 'valuta',
  'betrag', 'umsatz',
]);

const isHeaderWord = (cell: string): boolean => headerKeys(cell).keys.some((k) => ALIAS_TO_FIELD.has(k) || OTHER_TABLE_WORDS.has(k));

/** Another table's header: two or more cells, none a number, at least two of them header words. */
const isOtherHeader = (filled: readonly string[]): boolean =>
  filled.length >= 2 && filled.every((c) => parseNumber(c).kind === 'invalid') && filled.filter(isHeaderWord).length >= 2;

export type TableShape = {
  headerIndex: number;
  /** headerSignature of the header row, to recognise it repeated. */
  headerKey: string;
  col: Partial<Record<Field, number>>;
};

const signature = (cells: readonly string[]): string => {
  const out = cells.map((c) => normaliseHeader(c));
  while (out.length > 0 && out[out.length - 1] === '') out.pop();
  return out.join('|');
};

/** The cell of a field in a row, trimmed ('' when the field has no column). */
export function fieldCell(cells: readonly string[], col: Partial<Record<Field, number>>, field: Field): string {
  const i = col[field];
  return i === undefined ? '' : (cells[i] ?? '').trim();
}

/** Sorts one row into its kind; the order of the tests matters (a repeated header is not another table's header). */
export function classifyRow(row: Row, index: number, shape: TableShape): RowKind {
  const { cells } = row;
  if (index === shape.headerIndex) return 'header';
  if (isBlankRow(cells)) return 'blank';
  if (index < shape.headerIndex) return 'preamble';
  const filled = cells.map((c) => c.trim()).filter((c) => c !== '');
  const first = filled[0] ?? '';
  if (filled.length === 1 && sectionTitleKind(first) !== null) return 'sectionTitle';
  if (cells.length === 1 || (filled.length === 1 && first.length > 30)) return 'text';
  const firstKey = shape.headerKey.split('|', 1)[0] ?? '';
  if (normaliseHeader(cells[0] ?? '') === firstKey && signature(cells) === shape.headerKey) return 'repeatedHeader';
  const cell = (field: Field): string => fieldCell(cells, shape.col, field);
  // A digit where the positions have their numbers means a data row: the cheap test first (it runs on every row).
  const amounts = `${cell('quantity')}${cell('price')}${cell('marketValue')}`;
  if (!/\d/.test(amounts) && isOtherHeader(filled)) return 'otherHeader';
  const label = cell('symbol') || cell('name') || first;
  if (TOTAL.test(label) && parseNumber(cell('quantity')).kind === 'missing') {
    return parseNumber(cell('marketValue')).kind === 'missing' ? 'emptyTotal' : 'total';
  }
  return 'record';
}
