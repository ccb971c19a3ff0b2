/** Something the command palette can go to; `name` is matched first, then `detail` and `keywords`. */
export type PaletteEntry = {
  id: string;
  name: string;
  detail: string;
  /** Words that find the entry without being shown: ids, tickers, the screen's own id. */
  keywords: readonly string[];
};

/** Lower case, accents off, anything not a letter or digit a space: "AI-capex Bust (2026)" → "ai capex bust 2026". */
export function normalize(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLocaleLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

const words = (text: string): string[] => normalize(text).split(' ').filter(Boolean);

type Prepared = { name: string; nameWords: string[]; nameCompact: string; other: string; otherWords: string[] };

function prepare(entry: PaletteEntry): Prepared {
  const name = normalize(entry.name);
  const other = normalize([entry.detail, ...entry.keywords].join(' '));
  return { name, nameWords: name.split(' '), nameCompact: name.replaceAll(' ', ''), other, otherWords: other.split(' ') };
}

/**
 * How well one query word fits an entry, 0 for not at all: the whole of a name word (6), the start of the name (5),
 * the start of a name word (4), inside the name (3) or the name without its spaces ("aicapex"), the start of a
 * detail or keyword word (2), inside them (1).
 */
function wordScore(word: string, p: Prepared): number {
  if (p.nameWords.includes(word)) return 6;
  if (p.name.startsWith(word)) return 5;
  if (p.nameWords.some((w) => w.startsWith(word))) return 4;
  if (p.name.includes(word) || p.nameCompact.includes(word)) return 3;
  if (p.otherWords.some((w) => w.startsWith(word))) return 2;
  return p.other.includes(word) ? 1 : 0;
}

/** The entry's score for the query's words: every word must fit somewhere; an exact name gets a bonus. */
export function scoreEntry(entry: PaletteEntry, query: string): number {
  const queryWords = words(query);
  if (queryWords.length === 0) return 1;
  const p = prepare(entry);
  let total = 0;
  for (const word of queryWords) {
    const score = wordScore(word, p);
    if (score === 0) return 0;
    total += score;
  }
  return p.name === queryWords.join(' ') ? total + 10 : total;
}

/**
 * The entries that match every word of the query (case, accents and punctuation aside), best first; equal scores keep
 * the given order (screens, then saved runs newest first, then scenarios). An empty query keeps them all, in order.
 */
export function filterEntries<T extends PaletteEntry>(entries: readonly T[], query: string): T[] {
  if (words(query).length === 0) return [...entries];
  return entries
    .map((entry, index) => ({ entry, index, score: scoreEntry(entry, query) }))
    .filter((x) => x.score > 0)
    .sort((a, b) => b.score - a.score || a.index - b.index)
    .map((x) => x.entry);
}
