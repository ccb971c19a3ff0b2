import type { Field } from './types';

/** The key a column mapping is remembered under: the normalised header cells in order. */
export const headerSignature = (columns: readonly string[]): string => columns.map(normaliseHeader).join('|');

/** Header text → comparable key: NFC, lower case, '_' as space, single spaces, no BOM or outer quotes. */
export function normaliseHeader(text: string): string {
  return text
    .normalize('NFC')
    .replace(/^\uFEFF/, '')
    .replace(/[_\s\u00a0]+/g, ' ')
    .trim()
    .replace(/^["']|["']$/g, '')
    .trim()
    .toLowerCase();
}

export type HeaderKeys = { keys: string[]; currency: string | null };

const isOpen = (c: string | undefined): boolean => c === '(' || c === '（';
const isClose = (c: string | undefined): boolean => c === ')' || c === '）';

/**
 * 'mkt val (market value)' → outer 'mkt val', inner 'market value': the text ends in a closing parenthesis, and the
 * inner part runs from the first opening one after the previous closing one. One backward scan: the regex this replaces,
 * /^(.*?)\s*[(（]([^)）]*)[)）]\s*$/, backtracked quadratically on a long run of '(' (a megabyte header took hours).
 */
function lastParenthesis(text: string): { outer: string; inner: string } | null {
  const key = text.trimEnd();
  const close = key.length - 1;
  if (!isClose(key[close])) return null;
  let open = -1;
  for (let i = close - 1; i >= 0 && !isClose(key[i]); i -= 1) if (isOpen(key[i])) open = i;
  return open < 0 ? null : { outer: key.slice(0, open).trim(), inner: key.slice(open + 1, close).trim() };
}

/**
 * The keys a header cell can be known by, and a currency it names: 'Qty (Quantity)' → qty (quantity),
 * qty, quantity; 'Price (USD)' → price (usd), price + USD; 'Value in USD' → value + USD.
 */
export function headerKeys(text: string): HeaderKeys {
  const key = normaliseHeader(text);
  const keys = [key];
  let currency: string | null = null;
  const paren = lastParenthesis(key);
  if (paren) {
    const { outer, inner } = paren;
    if (/^[a-z]{3}$/.test(inner)) currency = inner.toUpperCase();
    else if (inner) keys.push(inner);
    if (outer) keys.push(outer);
  }
  const inCcy = /^(.*?)\s+in\s+([a-z]{3})$/.exec(key);
  if (inCcy?.[1]) {
    keys.push(inCcy[1]);
    currency = (inCcy[2] ?? '').toUpperCase();
  }
  return { keys, currency };
}

/** Header names by field, in the order they are tried; keys are normalised (see normaliseHeader). */
export const HEADER_ALIASES: Readonly<Record<Field, readonly string[]>> = {
  symbol: ['symbol', 'ticker', 'ticker symbol', 'code', 'security code', 'stock code', 'instrument', 'asset', 'coin', '代码', '证券代码', '股票代码', '代號', 'kürzel', 'kuerzel'],
  name: [
    'name', 'description', 'security name', 'security description', 'security', 'company', 'company name', 'instrument name', 'asset name',
    'long name', 'security long name', 'full name', 'investment name', 'holding name', 'position name', 'product name', 'fund name',
    'stock name', 'issue name', 'issuer name', 'instrument description', 'asset description', 'description of security', 'name of security',
    '名称', '证券名称', '股票名称', '证券简称', '股票简称', '基金名称', '产品名称', '品种名称', '名稱', '證券名稱', '股票名稱',
    'bezeichnung', 'wertpapier', 'wertpapiername', 'wertpapierbezeichnung', 'libellé', 'libelle',
  ],
  quantity: ['quantity', 'qty', 'shares', 'units', 'position', 'holding', 'amount held', 'balance qty', 'face value', 'par value', 'nominal', '持有数量', '持仓数量', '数量', '股数', 'stück', 'stueck', 'stk', 'anzahl', 'bestand'],
  price: ['price', 'last price', 'last', 'close', 'close price', 'closing price', 'current price', 'market price', 'mark price', 'mark', '现价', '最新价', '市价', '收盘价', '价格', 'kurs', 'aktueller kurs', 'preis'],
  marketValue: ['market value', 'marketvalue', 'mkt val', 'mkt value', 'value', 'current value', 'position value', 'total value', '市值', '持仓市值', '参考市值', '最新市值', 'kurswert', 'marktwert', 'wert', 'depotwert'],
  currency: ['currency', 'ccy', 'cur', 'curr', 'currency code', 'trade currency', '交易货币', '货币', '币种', 'währung', 'waehrung', 'devise'],
  account: ['account', 'account number', 'account id', 'account no', 'acct', 'account name', '账户', '账号', 'konto', 'depot', 'depotnummer'],
  assetClass: ['asset class', 'asset type', 'asset category', 'category', 'class', '资产类别', '类别', 'anlageklasse', 'gattung'],
  securityType: ['security type', 'instrument type', 'product type', 'sec type', 'type of security', '证券类型', 'wertpapierart'],
  exposure: ['exposure', 'exposures', 'tag', 'tags', 'exposure tag'],
  adv: ['adv', 'adv usd', 'adv value', 'average daily volume', 'avg daily volume', 'average daily value', 'avg daily value'],
  /** Income a year in per cent of market value (dividends or coupons): read as a percentage, '2.5' = 2.5 %. */
  yield: ['yield', 'yield %', 'income yield', 'dividend yield', 'div yield', 'div yld', 'div yld %', 'current yield', 'distribution yield', 'yield pct', '股息率', '收益率', 'rendite', 'dividendenrendite'],
  /** Where the holding is listed ('港股', 'SH', 'XETRA'): the Chinese brokers' 市场 column tags regional equities. */
  market: ['market', 'exchange', 'listing exchange', '市场', '交易市场', '市场名称', '所属市场', '交易所', '市場', 'börse', 'boerse', 'handelsplatz'],
};

/** Every alias → its field (the first field listing it wins). */
export const ALIAS_TO_FIELD: ReadonlyMap<string, Field> = (() => {
  const map = new Map<string, Field>();
  for (const [field, aliases] of Object.entries(HEADER_ALIASES) as Array<[Field, readonly string[]]>) {
    for (const a of aliases) if (!map.has(a)) map.set(a, field);
  }
  return map;
})();
