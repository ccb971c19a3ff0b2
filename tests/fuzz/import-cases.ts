/**
 * The malformed files of the import fuzz, in one place: the unit property test (shared/import/import-fuzz.test.ts), the
 * back end's (tests/integration/imports-preview-fuzz.test.ts) and `npm run fuzz` (tests/fuzz/run-fuzz.ts) draw from these.
 * Big payloads (1 MB fields, 10,000 columns) are built from a few drawn parameters, not drawn value by value.
 */
import fc from 'fast-check';
import { FIELDS, type ColumnMapping } from '../../shared/import';
import { concat, damageBytes, encode, encodeMixed, ENCODINGS, joinLines, LINE_ENDINGS, randomBytes, xorshift, type Encoding } from './byte-tools';
import { damageText, delimiterOf, NASTY_CELLS } from './damage-text';

/** A broker export (or any file the fuzz starts from) as decoded text. */
export type SeedFile = { name: string; text: string };
export type ImportCase = { family: string; note: string; fileName: string; bytes: Uint8Array; mapping?: ColumnMapping };

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
const FILE_NAMES = ['positions.csv', 'Portfolio_Positions_Nov-20-2026.CSV', 'export.txt', 'holdings', '持仓.csv', 'a.b.c.csv', 'x.html'];
const fileName = fc.constantFrom(...FILE_NAMES);
const seedNumber = fc.integer({ min: 1, max: 0x7fffffff });
const encoding = fc.constantFrom(...ENCODINGS);
const lineEnding = fc.constantFrom(...LINE_ENDINGS);
const lines = (text: string): string[] => text.replace(/\r\n?/g, '\n').split('\n');
const sizeWords = (n: number): string => (n >= 1 << 20 ? `${(n / (1 << 20)).toFixed(1)} MB` : `${Math.round(n / 1024)} KB`);

/** Text → bytes in an encoding and with line endings drawn for the case; some cases take further byte damage. */
const encoded = fc.record({ encoding, ending: lineEnding, mixed: fc.boolean(), seed: seedNumber, byteDamage: fc.nat({ max: 3 }) });
type Encoded = typeof encoded extends fc.Arbitrary<infer T> ? T : never;
function toBytes(text: string, how: Encoded): { bytes: Uint8Array; said: string } {
  const next = xorshift(how.seed);
  const textLines = lines(text);
  if (how.mixed) {
    const mix = (i: number): Encoding => ENCODINGS[(how.seed + i * 7) % ENCODINGS.length] ?? 'utf-8';
    return { bytes: damageBytes(encodeMixed(textLines, mix), how.seed, how.byteDamage), said: `mixed encodings, ${how.byteDamage} byte edits` };
  }
  const bytes = damageBytes(encode(joinLines(textLines, how.ending, next), how.encoding), how.seed, how.byteDamage);
  return { bytes, said: `${how.encoding}, ${JSON.stringify(how.ending)} endings, ${how.byteDamage} byte edits` };
}

const HEADER_WORDS = [
  'symbol', 'Symbol', 'Ticker', 'name', 'Description', 'quantity', 'Qty (Quantity)', 'Shares', 'price', 'Last Price', 'Price (USD)', 'market_value',
  'Current Value', 'Mkt Val (Market Value)', 'Value in EUR', 'currency', 'Ccy', 'account', 'asset_class', 'security_type', 'exposure', 'adv_usd',
  'yield', 'market', '代码', '名称', '持有数量', '现价', '市值', '交易货币', 'Stück', 'Kurs', 'Kurswert', 'Währung', 'Date', 'Action', 'Amount',
  'Sector', 'Holding', 'Instrument', 'Total', 'Available', 'Asset', '', ' ', '"', 'Price Chng % (Price Change %)', '(', 'Notes',
];

/** A table of drawn header words and nasty cells: shapes no fixture has. */
const syntheticText = fc
  .record({
    header: fc.array(fc.constantFrom(...HEADER_WORDS), { minLength: 0, maxLength: 12 }),
    rows: fc.array(fc.array(fc.constantFrom(...NASTY_CELLS, '10', '182.40', '"1,824.00"', 'NVDA', 'IBIT'), { maxLength: 14 }), { maxLength: 12 }),
    delimiter: fc.constantFrom(',', ';', '\t', '|'),
  })
  .map(({ header, rows, delimiter }) => [header, ...rows].map((r) => r.join(delimiter)).join('\n'));

/** A fixture's text or a synthetic table, as the starting point of a case. */
const baseText = (seeds: readonly SeedFile[]): fc.Arbitrary<{ from: string; text: string }> =>
  fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...seeds).map((s) => ({ from: s.name, text: s.text })) },
    { weight: 1, arbitrary: syntheticText.map((text) => ({ from: 'synthetic table', text })) },
  );

const mappingOf = (seeds: readonly SeedFile[]): fc.Arbitrary<ColumnMapping | undefined> => {
  const headers = [...new Set(seeds.flatMap((s) => (s.text.split('\n', 1)[0] ?? '').split(delimiterOf(s.text))))];
  const header = fc.constantFrom(...headers, ...HEADER_WORDS, 'no such column');
  return fc.option(fc.dictionary(fc.constantFrom(...FIELDS), header, { maxKeys: 4 }), { nil: undefined, freq: 3 });
};

type Parts = { family: string; note: string; bytes: Uint8Array; mapping?: ColumnMapping | undefined };
const withName = (arb: fc.Arbitrary<Parts>): fc.Arbitrary<ImportCase> =>
  fc.tuple(arb, fileName).map(([p, name]) => ({
    family: p.family, note: p.note, bytes: p.bytes, fileName: name, ...(p.mapping ? { mapping: p.mapping } : {}),
    // A failing case is printed as what it is, not as its megabyte of bytes.
    [fc.toStringMethod]: () => `${p.family}: ${p.note} (${p.bytes.length} bytes as ${name}${p.mapping ? `, mapping ${JSON.stringify(p.mapping)}` : ''})`,
  }));

/** Small cases (up to tens of KB): thousands of them run in a few seconds. */
export function smallCase(seeds: readonly SeedFile[]): fc.Arbitrary<ImportCase> {
  const mapping = mappingOf(seeds);
  const damaged = fc.record({ base: baseText(seeds), seed: seedNumber, damage: fc.integer({ min: 1, max: 8 }), how: encoded, mapping });
  const families: Array<{ weight: number; arbitrary: fc.Arbitrary<Parts> }> = [
    { weight: 2, arbitrary: fc.uint8Array({ maxLength: 2048 }).map((bytes) => ({ family: 'random bytes', note: `${bytes.length} bytes`, bytes })) },
    {
      weight: 1,
      arbitrary: fc.record({ size: fc.integer({ min: 1, max: 16_384 }), seed: seedNumber, textish: fc.boolean() }).map(({ size, seed, textish }) => ({
        family: 'random bytes', note: `${size} ${textish ? 'text-like' : 'uniform'} bytes, seed ${seed}`,
        bytes: randomBytes(size, seed, textish ? 'textish' : 'uniform'),
      })),
    },
    {
      weight: 8,
      arbitrary: damaged.map(({ base, seed, damage, how, mapping: m }) => {
        const { bytes, said } = toBytes(damageText(base.text, seed, damage), how);
        return { family: 'damaged export', note: `${base.from}, ${damage} damages (seed ${seed}), ${said}`, bytes, mapping: m };
      }),
    },
    {
      weight: 2,
      arbitrary: fc.record({ base: baseText(seeds), seed: seedNumber, count: fc.integer({ min: 1, max: 24 }), nul: fc.boolean(), how: encoded }).map(
        ({ base, seed, count, nul, how }) => {
          const next = xorshift(seed);
          let text = base.text;
          for (let k = 0; k < count; k += 1) {
            const at = next() % (text.length + 1);
            text = text.slice(0, at) + (nul ? '\u0000' : '"') + text.slice(at);
          }
          const { bytes, said } = toBytes(text, how);
          return { family: nul ? 'NUL bytes' : 'unbalanced quotes', note: `${base.from}, ${count} inserted (seed ${seed}), ${said}`, bytes };
        },
      ),
    },
    {
      weight: 3,
      arbitrary: fc.record({ base: baseText(seeds), how: encoded, mapping }).map(({ base, how, mapping: m }) => {
        const { bytes, said } = toBytes(base.text, { ...how, byteDamage: 0 });
        return { family: 'encodings and line endings', note: `${base.from}, ${said}`, bytes, mapping: m };
      }),
    },
    {
      weight: 2,
      arbitrary: fc.record({ base: baseText(seeds), keep: fc.integer({ min: 1, max: 4 }), trail: fc.constantFrom('', '\n', '\n\n', '\r\n', ',,,\n'), how: encoded }).map(
        ({ base, keep, trail, how }) => {
          const head = lines(base.text).filter((l) => l.trim() !== '').slice(0, keep).join('\n') + trail;
          const { bytes, said } = toBytes(head, { ...how, byteDamage: 0 });
          return { family: 'only headers', note: `${base.from}, first ${keep} lines, ${said}`, bytes };
        },
      ),
    },
    {
      weight: 1,
      arbitrary: fc
        .constantFrom('', ' ', '\n', '\r\n\r\n', '\uFEFF', '\uFEFF\n', ',', ',,,\n,,,', '"', '""', '"\n', ';\t;', '\u0000', '\t\n\t')
        .chain((text) => fc.constantFrom(...ENCODINGS).map((e) => ({ family: 'empty', note: `${JSON.stringify(text)} in ${e}`, bytes: encode(text, e) }))),
    },
  ];
  return withName(fc.oneof(...families));
}

/** Lines repeated by the thousand, one to three in turn; HEADER stands for the file's own first line (a section resumes there). */
const HEADER = '<header>';
const REPEATED_LINES = ['', '"', ',', 'Total,,1', 'Account Total,,,1', 'NVDA,10,182.40', 'A,1,1', 'text', '\u0000', 'Transactions', 'Date,Action,Amount', HEADER];

const FILLS = ['1', '9', '0', '1,', '1.', '(', '（', ')', ' ', 'a', 'ab ', 'Total ', '"', '""', '-', '$', '%', 'e', '代码', '\u00a0', '1 ', ',', '\n', 'x(', 'ä', '(1'];

/** Big cases: one or two fields of up to 1 MB, up to 10,000 columns, tens of thousands of lines, up to 1 MB of random bytes. */
export function bigCase(seeds: readonly SeedFile[]): fc.Arbitrary<ImportCase> {
  const size = fc.oneof(fc.constant(1 << 20), fc.integer({ min: 1 << 16, max: 1 << 20 }));
  const hugeField = fc
    .record({ base: baseText(seeds), fill: fc.constantFrom(...FILLS), size, suffix: fc.constantFrom('', 'x', '(', ')', '%', 'e5', '1'), quoted: fc.boolean(), line: fc.nat(), cell: fc.nat(), twice: fc.boolean() })
    .map(({ base, fill, size: n, suffix, quoted, line, cell, twice }): Parts => {
      const textLines = lines(base.text);
      const d = delimiterOf(base.text);
      const li = line % Math.min(textLines.length, line % 2 === 0 ? 4 : textLines.length);
      const cells = (textLines[li] ?? '').split(d);
      const ci = cell % cells.length;
      const body = fill.repeat(Math.ceil(n / fill.length)).slice(0, n) + suffix;
      cells[ci] = quoted ? `"${body.replace(/"/g, '""')}"` : body;
      // Twice: the next cell too, for what two long values in one row cost (quantity × price).
      if (twice) cells[ci + 1] = cells[ci] ?? '';
      textLines[li] = cells.join(d);
      const note = `${base.from}, line ${li + 1} cell ${ci + 1}${twice ? ` and ${ci + 2}` : ''}: ${sizeWords(n)} of ${JSON.stringify(fill)}${suffix ? ` + ${JSON.stringify(suffix)}` : ''}${quoted ? ', quoted' : ''}`;
      return { family: 'huge field', note, bytes: utf8(textLines.join('\n')) };
    });
  const wide = fc
    .record({ columns: fc.integer({ min: 1000, max: 10_000 }), rows: fc.integer({ min: 0, max: 5 }), narrowHeader: fc.boolean(), seed: seedNumber, d: fc.constantFrom(',', ';', '\t') })
    .map(({ columns, rows, narrowHeader, seed, d }): Parts => {
      const next = xorshift(seed);
      const word = (): string => HEADER_WORDS[next() % HEADER_WORDS.length] ?? '';
      const header = narrowHeader ? ['symbol', 'quantity', 'price'] : Array.from({ length: columns }, (_, i) => (i < 3 ? ['symbol', 'quantity', 'price'][i] ?? '' : word()));
      const row = (): string[] => Array.from({ length: columns }, (_, i) => (i === 0 ? 'NVDA' : NASTY_CELLS[next() % NASTY_CELLS.length] ?? '').replace(/[\n"]/g, ''));
      const text = [header, ...Array.from({ length: rows }, row)].map((r) => r.join(d)).join('\n');
      return { family: '10,000 columns', note: `${columns} columns, ${rows} rows${narrowHeader ? ', 3-column header' : ''}, ${JSON.stringify(d)}`, bytes: utf8(text) };
    });
  const manyLines = fc
    .record({ base: baseText(seeds), count: fc.integer({ min: 5000, max: 60_000 }), unit: fc.array(fc.constantFrom(...REPEATED_LINES), { minLength: 1, maxLength: 3 }), ending: lineEnding, seed: seedNumber })
    .map(({ base, count, unit, ending, seed }): Parts => {
      const header = lines(base.text)[0] ?? '';
      const filler = Array.from({ length: count }, (_, i) => unit[i % unit.length] ?? '').map((l) => (l === HEADER ? header : l));
      const text = joinLines([...lines(base.text), ...filler], ending, xorshift(seed));
      return { family: 'many lines', note: `${base.from} + ${count} lines of ${JSON.stringify(unit)} in turn, ${JSON.stringify(ending)} endings`, bytes: utf8(text).subarray(0, 1 << 20) };
    });
  const bigRandom = fc
    .record({ size, seed: seedNumber, textish: fc.boolean() })
    .map(({ size: n, seed, textish }): Parts => ({
      family: 'random bytes', note: `${sizeWords(n)} ${textish ? 'text-like' : 'uniform'}, seed ${seed}`,
      bytes: concat([utf8('symbol,quantity,price\n'), randomBytes(n, seed, textish ? 'textish' : 'uniform')]),
    }));
  return withName(fc.oneof({ weight: 4, arbitrary: hugeField }, { weight: 2, arbitrary: wide }, { weight: 1, arbitrary: manyLines }, { weight: 1, arbitrary: bigRandom }));
}

/** The mix of `npm run fuzz`: one big case in `bigEvery` (1: only big ones), the rest small. */
export function anyCase(seeds: readonly SeedFile[], bigEvery = 200): fc.Arbitrary<ImportCase> {
  if (bigEvery <= 1) return bigCase(seeds);
  return fc.oneof({ weight: bigEvery - 1, arbitrary: smallCase(seeds) }, { weight: 1, arbitrary: bigCase(seeds) });
}
