import type { MessageRef } from '../domain/import-text';
import type { ImportIssue } from '../domain/portfolio';
import { sentence, word } from './import-messages';
import { headerKeys } from './header-aliases';
import type { Row } from './parse-rows';
import { rowText } from './skipped-lines';
import { sectionTitleKind, TRANSACTION_HEADER_WORDS, type RowKind } from './table-rows';

/** What a section after the holdings holds; 'table' is a table of other columns that might hold positions. */
export type SectionKind = 'transactions' | 'totals' | 'notes' | 'table';
/** Rows `from`..`to` (indices into the rows, inclusive) form one section that is skipped as a whole. */
export type Section = { from: number; to: number; kind: SectionKind };

const TABLE_ROWS: ReadonlySet<RowKind> = new Set(['record', 'total', 'emptyTotal', 'repeatedHeader']);

/** What the section is, from its title line or its own header row; text alone is notes. */
function kindOf(rows: readonly Row[], kinds: readonly RowKind[], start: number, to: number): SectionKind {
  const row = rows[start];
  const title = (row?.cells.find((c) => c.trim() !== '') ?? '').trim();
  const titled = kinds[start] === 'sectionTitle' ? sectionTitleKind(title) : null;
  if (titled) return titled;
  const header = kinds.slice(start, to + 1).findIndex((k) => k === 'otherHeader');
  const cells = header < 0 ? [] : (rows[start + header]?.cells ?? []);
  if (cells.some((c) => headerKeys(c).keys.some((k) => TRANSACTION_HEADER_WORDS.has(k)))) return 'transactions';
  const rest = kinds.slice(start, to + 1).filter((k) => k !== 'blank');
  if (rest.every((k) => k === 'text' || k === 'sectionTitle')) return 'notes';
  return 'table';
}

/**
 * The sections after the positions that hold no positions: trades, activity, summaries, disclaimers. A section starts
 * with a line naming one ('Transactions') or the header row of another table ('Date,Action,Symbol,…'), once at least one
 * holding was read, and takes in the blank and text lines between the last table row and it. It runs to the end of the
 * file, or to a repeat of the positions' own header row (the positions go on there). After the last table row, two or
 * more lines of which one is text (a disclaimer footer) are a section of notes.
 */
export function findSections(rows: readonly Row[], kinds: readonly RowKind[], headerIndex: number): Section[] {
  const sections: Section[] = [];
  let lastTable = headerIndex;
  let seenRecord = false;
  for (let i = headerIndex + 1; i < kinds.length; i += 1) {
    const kind = kinds[i];
    if (kind !== undefined && TABLE_ROWS.has(kind)) {
      lastTable = i;
      seenRecord ||= kind === 'record';
    } else if (seenRecord && (kind === 'otherHeader' || kind === 'sectionTitle')) {
      const resume = kinds.indexOf('repeatedHeader', i + 1);
      const to = resume < 0 ? kinds.length - 1 : resume - 1;
      sections.push({ from: lastTable + 1, to, kind: kindOf(rows, kinds, i, to) });
      lastTable = to;
      i = to;
    }
  }
  const tail = kinds.slice(lastTable + 1);
  if (seenRecord && tail.length >= 2 && tail.includes('text')) sections.push({ from: lastTable + 1, to: kinds.length - 1, kind: 'notes' });
  return sections;
}

/** 'Lines 14–31' and '18 lines' (or 'Line 14' and '1 line') for a message about physical lines from..to, as words of the catalogue. */
export function lineRange(from: number, to: number): { lines: MessageRef; count: MessageRef } {
  const count = to - from + 1;
  if (count === 1) return { lines: word('import.issue.line', { line: from }), count: word('import.issue.lineCount.one') };
  return { lines: word('import.issue.lines', { from, to }), count: word('import.issue.lineCount.other', { count }) };
}

/** The last physical line of a row (a quoted field may span lines). */
const lastLine = (row: Row): number => row.line + (row.cells.join('').match(/\n/g) ?? []).length;

const MESSAGE = {
  transactions: 'import.issue.sectionTransactions',
  totals: 'import.issue.sectionTotals',
  notes: 'import.issue.sectionNotes',
  table: 'import.issue.sectionTable',
} as const;

/**
 * One remark for a whole section, on its first line, naming its physical line range; the value is its first non-blank
 * line. Info: trades, summaries and notes are not positions. A table of other columns is a warning, since it might be.
 */
export function sectionIssue(rows: readonly Row[], section: Section, delimiter: string): ImportIssue {
  const first = rows[section.from];
  const last = rows[section.to];
  const from = first?.line ?? 1;
  const to = last ? lastLine(last) : from;
  const shown = rows.slice(section.from, section.to + 1).find((r) => r.cells.some((c) => c.trim() !== ''));
  return {
    line: from,
    severity: section.kind === 'table' ? 'warning' : 'info',
    ...sentence(MESSAGE[section.kind], lineRange(from, to)),
    ...(shown ? { value: rowText(shown.cells, delimiter) } : {}),
  };
}
