import { asCited, type SourceLine } from '../domain/citation';
import { FACTORS, type Factor } from '../domain/scenario';
import type { Commentary, SourceEntry, SourceRegistry } from '../model/source-registry';

/** A cited id looked up in the registry: a sourced figure (with the commentary it comes through), a commentary, or unknown. */
export type Citation =
  | { kind: 'source'; id: string; entry: SourceEntry; via: Commentary | null }
  | { kind: 'commentary'; id: string; commentary: Commentary }
  | { kind: 'unknown'; id: string };

/** A source line ready to show: its words, what it assumes (true: all of it), and its citations. */
export type ResolvedLine = { text: string; assumption: string | true | null; citations: Citation[] };

export function resolveId(id: string, registry: SourceRegistry): Citation {
  const entry = registry.sources[id];
  if (entry) return { kind: 'source', id, entry, via: entry.via ? (registry.commentaries[entry.via] ?? null) : null };
  const commentary = registry.commentaries[id];
  if (commentary) return { kind: 'commentary', id, commentary };
  return { kind: 'unknown', id };
}

export function resolveLine(line: SourceLine, registry: SourceRegistry): ResolvedLine {
  const c = asCited(line);
  return { text: c.text, assumption: c.assumption ?? null, citations: (c.cite ?? []).map((id) => resolveId(id, registry)) };
}

/** The link's site without "www.", e.g. "semafor.com"; null for a malformed link. */
export function linkHost(url: string): string | null {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return null;
  }
}

/**
 * The factors a line is about: the factor codes in its subject (the words before the first colon), when the subject
 * starts with one — "AI_EQ −40 %: …", "EQ −34 % and AI_EQ −30 %: …". Lines on phase two, checks or the other
 * factors ("Phase two, AI_EQ …", "Other factors (EQ, …)") are about no single shock.
 */
export function lineFactors(line: SourceLine): Factor[] {
  const subject = asCited(line).text.trim().split(':')[0] ?? '';
  const codes: string[] = subject.match(/\b[A-Z][A-Z_]*[A-Z]\b/g) ?? [];
  const known = codes.filter((code): code is Factor => (FACTORS as readonly string[]).includes(code));
  return known.length > 0 && subject.startsWith(known[0]!) ? [...new Set(known)] : [];
}

/** The lines of a scenario's sources about one factor's shock. */
export const linesAbout = <L extends SourceLine>(lines: readonly L[], factor: Factor): L[] => lines.filter((l) => lineFactors(l).includes(factor));
