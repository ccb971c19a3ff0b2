import type { ScenarioSummary } from '../../../shared/api/runs-api';
import { lineWords, type SourceLine } from '../../../shared/domain/citation';
import { resolveLine } from '../../../shared/sources/citations';
import { DEFAULT_SOURCES } from '../../../shared/sources/default-sources';

/** A line's words and, for each source it cites, the publication and the quoted figure: "Bloomberg" finds what cites it. */
function searchText(line: SourceLine): string {
  const cited = resolveLine(line, DEFAULT_SOURCES).citations.flatMap((c) => (c.kind === 'source' ? [c.entry.publication ?? '', c.entry.fact] : []));
  return [lineWords(line), ...cited].join('\n');
}

/** A scenario matches when every word of the query is in its name, description or sources (any case). */
export function matchesQuery(summary: ScenarioSummary, query: string): boolean {
  const words = query.toLocaleLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const haystack = [summary.name, summary.description, ...summary.sources.map(searchText)].join('\n').toLocaleLowerCase();
  return words.every((w) => haystack.includes(w));
}

/** Built-ins first (in the back end's order), then yours by name. */
export function sortSummaries(summaries: readonly ScenarioSummary[]): ScenarioSummary[] {
  const builtIns = summaries.filter((s) => s.builtIn);
  const yours = summaries.filter((s) => !s.builtIn).sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
  return [...builtIns, ...yours];
}

/** A fresh id from a name: "My bust" → "my-bust-3f9a1c". */
export function newScenarioId(name: string, random: () => string = () => crypto.randomUUID().slice(0, 6)): string {
  const slug = name
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/, '');
  return `${slug || 'scenario'}-${random()}`;
}
