import { Factor, FACTORS, FACTOR_UNIT } from '../../domain/scenario';
import { detectDelimiter } from '../../import/detect-delimiter';
import { parseNumber } from '../../import/parse-number';
import { parseRows, type Row } from '../../import/parse-rows';
import { fitProblem } from './fit-problems';
import type { FitOptions, FitProblem } from './fit-types';
import { parseDate } from './dates';

/** One series of the file: its header, the factor it stands for, and a value (or null) per kept row. */
export type HistoryColumn = {
  header: string;
  /** Counted from 1, as a spreadsheet shows it. */
  number: number;
  factor: Factor | null;
  /** What the header or the cells say a level is written in ('HY (bp)', '4.25%'); null when they say nothing. */
  unitHint: 'percent' | 'bp' | null;
  values: (number | null)[];
  /** Cells with text that is not a usable number (reported), beside empty ones. */
  unreadable: number;
};

/** A price-history table: dates oldest first (one row per date) and the line each row came from. */
export type PriceHistory = { dates: string[]; lines: number[]; dateColumn: { name: string; number: number }; columns: HistoryColumn[] };

const DATE_HEADERS = new Set(['date', 'time', 'day', 'week', 'timestamp', 'datetime', 'as of', 'asof', '日期', '时间', '日期时间']);
const MISSING = new Set(['', '-', '--', 'na', 'n/a', 'nan', 'null', 'none', '#n/a', '.']);
/** Per-line remarks beyond this many are counted, not listed (a broken column would list every row). */
export const MAX_LINE_PROBLEMS = 200;

/** "HY (bp)" → { code: 'HY', unit: 'bp' }; "ai eq" → AI_EQ. The code is what a factor code would be, if the header is one. */
export function headerCode(header: string): { code: string; unit: 'percent' | 'bp' | null } {
  const unitPart = /[([]\s*([^)\]]*)\s*[)\]]\s*$/.exec(header);
  const unitText = (unitPart?.[1] ?? '').toLowerCase();
  const unit = /\bbps?\b|basis/.test(unitText) ? 'bp' : unitText.includes('%') || unitText.includes('percent') ? 'percent' : null;
  const code = (unitPart ? header.slice(0, unitPart.index) : header).trim().toUpperCase().replace(/[\s-]+/g, '_');
  return { code, unit };
}

const isFactor = (code: string): code is Factor => (FACTORS as readonly string[]).includes(code);

/** Which column holds dates: one with a date header, else the first. */
const dateColumnOf = (header: readonly string[]): number => Math.max(0, header.findIndex((h) => DATE_HEADERS.has(h.trim().toLowerCase())));

type Reader = { problems: FitProblem[]; lineProblems: number; say: (p: FitProblem) => void };
function reader(): Reader {
  const r: Reader = {
    problems: [],
    lineProblems: 0,
    say: (p) => {
      if (p.line !== null && ++r.lineProblems > MAX_LINE_PROBLEMS) return;
      r.problems.push(p);
    },
  };
  return r;
}

/** The columns that stand for factors (mapping first, then the header as a factor code), with remarks on the rest. */
function assignFactors(header: readonly string[], dateCol: number, options: Pick<FitOptions, 'mapping'>, say: Reader['say']) {
  const taken = new Map<Factor, string>();
  const out: { index: number; header: string; factor: Factor | null; unitHint: 'percent' | 'bp' | null }[] = [];
  let unknown = 0;
  header.forEach((raw, index) => {
    if (index === dateCol) return;
    const name = raw.trim();
    if (name === '') return;
    const mapped = options.mapping[name];
    const { code, unit } = headerCode(name);
    const column = { name, number: index + 1 };
    // An ignored or second column of a factor is listed (so it can be mapped again) but not fitted.
    let factor = mapped === 'ignore' ? null : (mapped ?? (isFactor(code) ? code : null));
    if (factor === null && mapped !== 'ignore') {
      if (++unknown <= LISTED_UNKNOWN) say(fitProblem('info', 'unknownColumn', { column: name, factors: FACTORS.join(', ') }, { column }));
    } else if (factor !== null && taken.has(factor)) {
      say(fitProblem('warning', 'duplicateFactor', { column: name, factor, first: taken.get(factor)! }, { column }));
      factor = null;
    } else if (factor !== null) taken.set(factor, name);
    out.push({ index, header: name, factor, unitHint: unit });
  });
  if (unknown > LISTED_UNKNOWN) say(fitProblem('info', 'moreUnknownColumns', { count: unknown - LISTED_UNKNOWN }));
  return out;
}

/** Columns that are not factor codes, remarked on one by one; a file of 10,000 such columns says the rest in one line. */
const LISTED_UNKNOWN = 20;

/** A cell as a number: null when empty or unreadable (unreadable and non-positive prices are reported). */
function cellValue(cell: string, factor: Factor | null, at: { line: number; column: { name: string; number: number } }, say: Reader['say']) {
  const text = cell.trim();
  if (MISSING.has(text.toLowerCase())) return { value: null, percent: false, bad: false };
  const parsed = parseNumber(text, '.');
  if (parsed.kind !== 'number') {
    say(fitProblem('warning', 'notNumber', { value: text, column: at.column.name }, at));
    return { value: null, percent: false, bad: true };
  }
  const value = Number(parsed.decimal);
  if (factor !== null && FACTOR_UNIT[factor] === 'fraction' && !(value > 0)) {
    say(fitProblem('warning', 'notPositive', { value: text, column: at.column.name }, at));
    return { value: null, percent: false, bad: true };
  }
  return { value, percent: parsed.percent, bad: false };
}

const isComment = (row: Row): boolean => (row.cells[0] ?? '').trimStart().startsWith('#');
const isBlank = (row: Row): boolean => row.cells.every((c) => c.trim() === '');

/**
 * Reads a price history: a header row (lines starting with # before or among the rows are comments), a date column
 * (headed Date, or the first), one column per series. Dates YYYY-MM-DD (also YYYY/MM/DD, YYYYMMDD, a time after it);
 * numbers as people write them (1,234.5; 4.25%; N/A and empty = missing). Rows end up oldest first, one per date.
 */
export function readPriceHistory(rawText: string, options: Pick<FitOptions, 'mapping'>): { history: PriceHistory | null; problems: FitProblem[] } {
  const text = rawText.replace(/^\uFEFF/, '');
  const r = reader();
  const rows = parseRows(text, detectDelimiter(text)).rows.filter((row) => !isBlank(row) && !isComment(row));
  const head = rows[0];
  if (!head) return { history: null, problems: [fitProblem('error', 'empty')] };
  const dateCol = dateColumnOf(head.cells);
  const dateColumn = { name: (head.cells[dateCol] ?? '').trim() || String(dateCol + 1), number: dateCol + 1 };
  if (parseDate(head.cells[dateCol] ?? '') !== null) return { history: null, problems: [fitProblem('error', 'noHeader', {}, { line: head.line })] };
  const assigned = assignFactors(head.cells, dateCol, options, r.say);

  const byDate = new Map<string, number>();
  const kept: { date: string; line: number; cells: string[] }[] = [];
  for (const row of rows.slice(1)) {
    const raw = (row.cells[dateCol] ?? '').trim();
    const date = parseDate(raw);
    if (date === null) {
      r.say(fitProblem('warning', 'badDate', { value: raw, column: dateColumn.name }, { line: row.line, column: dateColumn }));
      continue;
    }
    const first = byDate.get(date);
    if (first !== undefined) {
      r.say(fitProblem('warning', 'duplicateDate', { date, first }, { line: row.line, column: dateColumn }));
      continue;
    }
    byDate.set(date, row.line);
    kept.push({ date, line: row.line, cells: row.cells });
  }
  if (kept.length === 0) return { history: null, problems: [...r.problems, fitProblem('error', 'noDates', { column: dateColumn.name })] };
  const sorted = kept.every((k, i) => i === 0 || kept[i - 1]!.date < k.date);
  if (!sorted) {
    kept.sort((a, b) => (a.date < b.date ? -1 : 1));
    r.say(fitProblem('info', 'sorted'));
  }
  const columns: HistoryColumn[] = assigned.map(({ index, header, factor, unitHint }) => {
    const column = { name: header, number: index + 1 };
    let percentCells = 0;
    let unreadable = 0;
    // A column that is not fitted is read quietly: its text cells are no one's problem.
    const say = factor === null ? () => {} : r.say;
    const values = kept.map((k) => {
      const v = cellValue(k.cells[index] ?? '', factor, { line: k.line, column }, say);
      if (v.percent) percentCells += 1;
      if (v.bad) unreadable += 1;
      return v.value;
    });
    return { header, number: index + 1, factor, unitHint: unitHint ?? (percentCells > 0 ? 'percent' : null), values, unreadable };
  });
  if (r.lineProblems > MAX_LINE_PROBLEMS) r.problems.push(fitProblem('info', 'moreProblems', { count: r.lineProblems - MAX_LINE_PROBLEMS }));
  return { history: { dates: kept.map((k) => k.date), lines: kept.map((k) => k.line), dateColumn, columns }, problems: r.problems };
}
