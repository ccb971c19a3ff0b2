import type { SourceLine } from './citation';

/**
 * Source lines as the editor's plain text, one a line, and back. A cited statement keeps its citations and its
 * assumption in brackets at the end, so a copy of a built-in can be edited as text without losing them:
 *
 *   AI_EQ −40 %: between NVDA 2022 and the Nasdaq 2021–22 [nvda-2022, nasdaq-2021-22] [assumption: the exact value]
 *   Phase two horizon 52 weeks [assumption]
 *
 * A line without such brackets is free text. Text and assumption may not themselves contain “[”/“]” at those places.
 */

const ASSUMPTION_TAIL = /\s*\[assumption(?::\s*([^\]]*[^\s\]])\s*)?\]\s*$/;
const CITE_TAIL = /\s*\[([a-z0-9]+(?:-[a-z0-9]+)*(?:\s*,\s*[a-z0-9]+(?:-[a-z0-9]+)*)*)\]\s*$/;

export function lineToText(line: SourceLine): string {
  if (typeof line === 'string') return line;
  const cite = line.cite ? ` [${line.cite.join(', ')}]` : '';
  const assumption = line.assumption === undefined ? '' : line.assumption === true ? ' [assumption]' : ` [assumption: ${line.assumption}]`;
  return `${line.text}${cite}${assumption}`;
}

/** One line of the editor's text as a source line: trimmed; the bracketed tails become citations and an assumption. */
export function textToLine(raw: string): SourceLine {
  let text = raw.trim();
  const assumed = ASSUMPTION_TAIL.exec(text);
  if (assumed) text = text.slice(0, assumed.index);
  const cited = CITE_TAIL.exec(text);
  if (cited) text = text.slice(0, cited.index);
  text = text.trim();
  if ((!assumed && !cited) || text === '') return raw.trim();
  return {
    text,
    ...(cited ? { cite: cited[1]!.split(',').map((id) => id.trim()) } : {}),
    ...(assumed ? { assumption: assumed[1] ?? true } : {}),
  };
}

export const linesToText = (lines: readonly SourceLine[]): string => lines.map(lineToText).join('\n');

/** The editor's text as source lines: blank lines dropped. */
export const textToLines = (text: string): SourceLine[] =>
  text
    .split(/\r?\n/)
    .filter((line) => line.trim() !== '')
    .map(textToLine);
