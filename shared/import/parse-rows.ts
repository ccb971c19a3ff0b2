import Papa from 'papaparse';
import type { Delimiter } from './detect-delimiter';

/** One parsed record with the physical (1-based) line it starts on. */
export type Row = { line: number; cells: string[] };
/** Lines where a quotation mark was never closed (the rest was then read line by line). */
export type ParsedRows = { rows: Row[]; unterminatedQuoteLines: number[] };

type Step = { data: string[]; start: number; end: number; missingQuote: boolean };

function papaSteps(text: string, delimiter: Delimiter): Step[] {
  const steps: Step[] = [];
  let start = 0;
  Papa.parse<string[]>(text, {
    delimiter,
    newline: '\n',
    quoteChar: '"',
    escapeChar: '"',
    header: false,
    dynamicTyping: false,
    skipEmptyLines: false,
    comments: false,
    step: (result) => {
      const end = result.meta.cursor;
      const missingQuote = result.errors.some((e) => e.code === 'MissingQuotes');
      steps.push({ data: Array.isArray(result.data) ? result.data.map(String) : [], start, end, missingQuote });
      start = end;
    },
  });
  return steps;
}

/**
 * Text → rows with physical line numbers. Quoted fields may span lines and blank lines are kept
 * as rows, so the line of a row is 1 + the newlines before its first character. Line endings are
 * normalised to '\n' first. A quote that is never closed would swallow the rest of the file: from
 * that row on, each physical line is parsed on its own instead.
 */
export function parseRows(rawText: string, delimiter: Delimiter): ParsedRows {
  const text = rawText.replace(/\r\n?/g, '\n');
  const rows: Row[] = [];
  const unterminated: number[] = [];
  let line = 1;
  let counted = 0;
  const lineAt = (offset: number): number => {
    for (let i = counted; i < offset; i += 1) if (text.charCodeAt(i) === 10) line += 1;
    counted = Math.max(counted, offset);
    return line;
  };
  for (const step of papaSteps(text, delimiter)) {
    if (step.start >= text.length) break; // the empty "row" after a final newline
    const first = lineAt(step.start);
    if (!step.missingQuote) {
      rows.push({ line: first, cells: step.data });
      continue;
    }
    unterminated.push(first);
    const rest = text.slice(step.start).split('\n');
    rest.forEach((physical, i) => {
      if (i === rest.length - 1 && physical === '') return;
      const single = papaSteps(physical, delimiter)[0];
      rows.push({ line: first + i, cells: single ? single.data : [''] });
    });
    break;
  }
  return { rows, unterminatedQuoteLines: unterminated };
}
