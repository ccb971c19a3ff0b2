/** Text-level damage to a broker export, driven by a seed so that a case is cheap to make and the same every time. */
import { xorshift } from './byte-tools';

/** Cells that have broken importers: odd numbers, signs, currencies, quotes, controls, totals and section words. */
export const NASTY_CELLS: readonly string[] = [
  '', ' ', '"', '""', '"""', '"a,b"', '"a\nb"', ',', ';', '\t', '1e999', '1e21', '-1e-400', '9'.repeat(40), `0.${'0'.repeat(30)}1`,
  '-0', '(1,250.00)', '1250.00-', '((1))', '--', 'N/A', 'n/a', '#N/A', 'NaN', 'Infinity', '-Infinity', '0x1F', '1_000', '+-1', '- -1',
  '%', '100%', '1.2.3', '1,2,3', '1..2', ',5', '5,', '$', '$-', 'US$', 'HK$1,000', '€1.234,56', '1.234,56 EUR', 'USD 12', '12 USD EUR',
  '¥1000', '￥', '１２３', '١٢٣', '\u2212 5', '\u00a0', '\u202f1\u202f000', '\uFEFF', '\u0000', '\uD800', '\uDFFF', '📈', '=cmd|"/c calc"!A1',
  'USD', 'usd', 'XXX', 'XYZ1', 'Total', 'Account Total', 'Grand Total', '合计', 'Summe', 'Transactions', 'Disclaimer', 'Symbol', 'Quantity',
  'Market Value', '代码', '持有数量', 'Stück', 'Kurs', 'Open Positions', 'Header', 'Data', 'Statement', 'ai_equity', 'btc:0.5,ai_equity:0.5',
  'btc:2', 'bond', 'Treasury Bond 4.5% 2034', 'NVDA', '0700', '600519.SS', 'a'.repeat(300), '(', ')', '（', '）', 'Price (USD)', 'Value in EUR',
];

/** Lines that sit between holdings in real files: sections, totals, disclaimers, repeated headers. */
const NASTY_LINES: readonly string[] = [
  '', ',,,,', 'Transactions', 'Account Summary', 'Total,,,,1,000.00', 'Account Total,,,,"$1,000.00"', 'Date,Action,Symbol,Quantity,Amount',
  '2026-01-02,Buy,NVDA,10,-1824.00', 'Disclaimer: not investment advice.', '"unterminated, line', 'Open Positions,Header,Symbol,Quantity',
  'Open Positions,Data,NVDA,10', 'Statement,Data,Title,Activity Statement', 'symbol,quantity', '"";"";""', '\t\t\t',
];

type Damage = (lines: string[], next: () => number, delimiter: string) => string[];

const pick = <T>(items: readonly T[], next: () => number): T => items[next() % items.length] as T;
const at = (lines: readonly string[], next: () => number): number => (lines.length === 0 ? 0 : next() % lines.length);

const replaceCell: Damage = (lines, next, d) => {
  const i = at(lines, next);
  const cells = (lines[i] ?? '').split(d);
  cells[next() % Math.max(1, cells.length)] = pick(NASTY_CELLS, next);
  return lines.map((l, k) => (k === i ? cells.join(d) : l));
};

const insertText = (text: () => string): Damage => (lines, next) => {
  const i = at(lines, next);
  const line = lines[i] ?? '';
  const cut = next() % (line.length + 1);
  return lines.map((l, k) => (k === i ? line.slice(0, cut) + text() + line.slice(cut) : l));
};

const DAMAGES: readonly Damage[] = [
  (lines, next) => lines.filter((_, k) => k !== at(lines, next)),
  (lines, next) => {
    const i = at(lines, next);
    return [...lines.slice(0, i + 1), ...lines.slice(i)];
  },
  (lines, next) => {
    const [a, b] = [at(lines, next), at(lines, next)];
    return lines.map((l, k) => (k === a ? (lines[b] ?? l) : k === b ? (lines[a] ?? l) : l));
  },
  (lines, next) => {
    const i = at(lines, next);
    const line = lines[i] ?? '';
    return [...lines.slice(0, i), line.slice(0, next() % (line.length + 1))];
  },
  replaceCell,
  replaceCell,
  insertText(() => '"'),
  (lines, next) => insertText(() => '\u0000'.repeat(1 + (next() % 3)))(lines, next, ','),
  (lines, next, d) => insertText(() => d + pick(NASTY_CELLS, next))(lines, next, d),
  (lines, next, d) => {
    const i = at(lines, next);
    const other = pick([',', ';', '\t', '|'].filter((c) => c !== d), next);
    return lines.map((l, k) => (k === i ? l.split(d).join(other) : l));
  },
  (lines, next) => {
    const i = at(lines, next);
    return [...lines.slice(0, i), pick(NASTY_LINES, next), ...lines.slice(i)];
  },
  (lines, next) => {
    const i = at(lines, next);
    return lines.map((l, k) => (k === i ? l.replace(/"/g, '') : l));
  },
  (lines, next) => {
    const i = at(lines, next);
    const line = lines[i] ?? '';
    const cut = next() % (line.length + 1);
    return [...lines.slice(0, i), line.slice(0, cut), line.slice(cut), ...lines.slice(i + 1)];
  },
];

/** The delimiter a text most likely uses (counted on its first line). */
export function delimiterOf(text: string): string {
  const first = text.split('\n', 1)[0] ?? '';
  const counts = [',', ';', '\t'].map((d) => [d, first.split(d).length] as const);
  return counts.reduce((best, c) => (c[1] > best[1] ? c : best))[0];
}

/** `count` random damages to the lines of `text` (line ends normalised to \n first). */
export function damageText(text: string, seed: number, count: number): string {
  const next = xorshift(seed);
  const d = delimiterOf(text);
  let lines = text.replace(/\r\n?/g, '\n').split('\n');
  for (let k = 0; k < count; k += 1) lines = pick(DAMAGES, next)(lines, next, d);
  return lines.join('\n');
}
