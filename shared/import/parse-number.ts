/** The decimal mark a file uses when a value alone cannot tell ('1,250' is 1250 or 1.25). */
export type DecimalMark = '.' | ',';

export type ParsedNumber =
  | { kind: 'missing' }
  | { kind: 'invalid' }
  /** `decimal` is a canonical decimal string ('-1250.5'): exact, for money; `currency` a code the text carried ('$' → USD). */
  | { kind: 'number'; decimal: string; percent: boolean; currency: string | null };

const MISSING = new Set(['', '-', '--', '---', '—', '–', 'n/a', 'na', 'n.a.', 'null', 'none', 'nan', '#n/a']);
const SYMBOLS: ReadonlyArray<[string, string | null]> = [
  ['US$', 'USD'], ['HK$', 'HKD'], ['C$', 'CAD'], ['A$', 'AUD'], ['S$', 'SGD'], ['NZ$', 'NZD'],
  ['$', 'USD'], ['€', 'EUR'], ['£', 'GBP'], ['¥', null], ['￥', null], ['₩', 'KRW'], ['₹', 'INR'],
];
const SPACES = /[\s\u00a0\u202f\u2009\u2007]/g;
const MINUS = /^[-\u2212]/;

type Peeled = { core: string; negative: boolean; percent: boolean; currency: string | null } | null;

/** Strips signs, parentheses, currency marks and % from both ends; null when they contradict. */
function peel(input: string): Peeled {
  let s = input;
  let negatives = 0;
  let percent = false;
  let currency: string | null = null;
  let sawCurrency = false;
  for (let guard = 0; guard < 12; guard += 1) {
    const before = s;
    s = s.trim();
    if (/^\(.*\)$/.test(s)) { negatives += 1; s = s.slice(1, -1); continue; }
    if (MINUS.test(s)) { negatives += 1; s = s.slice(1); continue; }
    if (s.startsWith('+')) { s = s.slice(1); continue; }
    if (/[-\u2212]$/.test(s)) { negatives += 1; s = s.slice(0, -1); continue; }
    if (s.endsWith('%')) { percent = true; s = s.slice(0, -1); continue; }
    const sym = SYMBOLS.find(([t]) => s.toUpperCase().startsWith(t) || s.toUpperCase().endsWith(t));
    if (sym) {
      const [t, code] = sym;
      s = s.toUpperCase().startsWith(t) ? s.slice(t.length) : s.slice(0, -t.length);
      sawCurrency = true;
      currency = currency ?? code;
      continue;
    }
    const iso = /^([A-Z]{3})\s*(?=[\d(+\-.,])|(?<=[\d.,)])\s*([A-Z]{3})$/.exec(s);
    if (iso) {
      const code = iso[1] ?? iso[2] ?? null;
      s = iso[1] ? s.slice(3) : s.slice(0, -3);
      if (sawCurrency && currency !== null && code !== currency) return null;
      sawCurrency = true;
      currency = code;
      continue;
    }
    if (s === before) break;
  }
  if (negatives > 1) return null;
  return { core: s.trim(), negative: negatives === 1, percent, currency };
}

/** Integer and fraction digits of a number core such as '1.234,56', using `mark` only when ambiguous. */
function splitCore(core: string, mark: DecimalMark): { int: string; frac: string } | null {
  const s = core.replace(SPACES, '').replace(/['’]/g, '');
  // Digits, dots and commas with at least one digit — tested as two linear regexes: /^[\d.,]*\d[\d.,]*$/ backtracks
  // quadratically on a long run of digits that ends in another character (a megabyte cell took minutes).
  const plain = /^[\d.,]+$/.test(s) && /\d/.test(s);
  if (!plain && !/^\d+(\.\d+)?[eE][+-]?\d+$/.test(s)) return null;
  if (/[eE]/.test(s)) {
    const n = Number(s);
    if (!Number.isFinite(n) || Math.abs(n) >= 1e21) return null;
    return splitCore(n.toFixed(Math.min(20, Math.max(0, -Math.floor(Math.log10(Math.abs(n) || 1)) + 15))), '.');
  }
  const dots = (s.match(/\./g) ?? []).length;
  const commas = (s.match(/,/g) ?? []).length;
  let decimalSep: string | null = null;
  if (dots > 0 && commas > 0) {
    decimalSep = s.lastIndexOf('.') > s.lastIndexOf(',') ? '.' : ',';
    if ((decimalSep === '.' ? dots : commas) > 1) return null;
  } else if (dots + commas === 1) {
    const sep = dots ? '.' : ',';
    const [before = '', after = ''] = s.split(sep);
    const unambiguous = after.length !== 3 || before === '' || /^0+$/.test(before);
    decimalSep = unambiguous || sep === mark ? sep : null;
  }
  const [intRaw = '', frac = ''] = decimalSep ? s.split(decimalSep) : [s];
  const thousands = decimalSep === '.' ? ',' : decimalSep === ',' ? '.' : dots ? '.' : ',';
  if (intRaw.includes(thousands)) {
    const groups = intRaw.split(thousands);
    if (groups[0] === '' || groups.slice(1).some((g) => g.length !== 3)) return null;
  }
  const int = intRaw.split(thousands).join('');
  if (!/^\d*$/.test(int) || !/^\d*$/.test(frac) || int + frac === '') return null;
  return { int, frac };
}

/**
 * Reads a number as a person wrote it: `$`, `€`, `¥`, `HK$`, ISO codes, thousands separators
 * (, . space '), decimal commas, `(1,250.00)` and `1250.00-` negatives, `+`/`-` signs and `%`.
 * `--`, `N/A`, `n/a` and empty are missing. The result is exact (a decimal string), never a float.
 */
export function parseNumber(raw: string | undefined | null, mark: DecimalMark = '.'): ParsedNumber {
  const text = (raw ?? '').replace(SPACES, ' ').trim();
  if (MISSING.has(text.toLowerCase())) return { kind: 'missing' };
  const peeled = peel(text);
  if (!peeled || peeled.core === '') return { kind: 'invalid' };
  const parts = splitCore(peeled.core, mark);
  if (!parts) return { kind: 'invalid' };
  const int = parts.int.replace(/^0+(?=\d)/, '') || '0';
  const frac = parts.frac.replace(/0+$/, '');
  const zero = /^0*$/.test(int + frac);
  const decimal = `${peeled.negative && !zero ? '-' : ''}${int}${frac ? `.${frac}` : ''}`;
  return { kind: 'number', decimal, percent: peeled.percent, currency: peeled.currency };
}

/** What a value says about the file's decimal mark: '.' or ',' when it is unambiguous, else null. */
export function decimalEvidence(raw: string): DecimalMark | null {
  const s = raw.replace(SPACES, '').replace(/[^\d.,]/g, '');
  const lastDot = s.lastIndexOf('.');
  const lastComma = s.lastIndexOf(',');
  if (lastDot >= 0 && lastComma >= 0) return lastDot > lastComma ? '.' : ',';
  const sep = lastDot >= 0 ? '.' : lastComma >= 0 ? ',' : null;
  if (!sep) return null;
  const pieces = s.split(sep);
  if (pieces.length > 2) return sep === '.' ? ',' : '.'; // repeated → thousands
  const [before = '', after = ''] = pieces;
  return after.length !== 3 || before === '' || /^0+$/.test(before) ? sep : null;
}

/** The file's decimal mark: the majority of unambiguous values, else a comma for ';'-separated files. */
export function detectDecimalMark(values: readonly string[], delimiter: string): DecimalMark {
  let dot = 0;
  let comma = 0;
  for (const v of values) {
    const e = decimalEvidence(v);
    if (e === '.') dot += 1;
    else if (e === ',') comma += 1;
  }
  if (dot !== comma) return dot > comma ? '.' : ',';
  return delimiter === ';' ? ',' : '.';
}
