export type Delimiter = ',' | ';' | '\t';

const CANDIDATES: readonly Delimiter[] = [',', ';', '\t'];

/** Counts a character outside double quotes. */
function countOutsideQuotes(line: string, ch: string): number {
  let inQuotes = false;
  let n = 0;
  for (const c of line) {
    if (c === '"') inQuotes = !inQuotes;
    else if (c === ch && !inQuotes) n += 1;
  }
  return n;
}

/**
 * Picks the delimiter that splits the first lines most consistently: the one whose most common
 * non-zero count per line occurs on the most lines (ties: more fields, then , ; tab order).
 */
export function detectDelimiter(text: string): Delimiter {
  const lines = text
    .split('\n', 200)
    .map((l) => l.replace(/\r$/, ''))
    .filter((l) => l.trim() !== '')
    .slice(0, 50);
  let best: Delimiter = ',';
  let bestScore = -1;
  let bestWidth = 0;
  for (const d of CANDIDATES) {
    const counts = new Map<number, number>();
    for (const line of lines) {
      const n = countOutsideQuotes(line, d);
      if (n > 0) counts.set(n, (counts.get(n) ?? 0) + 1);
    }
    let score = 0;
    let width = 0;
    for (const [n, times] of counts) {
      if (times > score || (times === score && n > width)) {
        score = times;
        width = n;
      }
    }
    if (score > bestScore || (score === bestScore && width > bestWidth)) {
      best = d;
      bestScore = score;
      bestWidth = width;
    }
  }
  return best;
}
