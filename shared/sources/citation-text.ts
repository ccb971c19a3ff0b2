import { t, textLocale } from '../i18n/translate';
import type { Commentary } from '../model/source-registry';
import { linkHost, type Citation, type ResolvedLine } from './citations';
import { templateParts, type TemplatePart } from './template-parts';

/** A citation in parts, for a list with links: who and when, the quoted figure, notes (secondary, via), the link. */
export type CitationParts = { label: string; fact: string | null; notes: string[]; url: string | null; host: string | null };

/** A registry date: ISO days through Intl ("2026-06-30" → "Jun 30, 2026"); anything else ("2021–22") as written. */
export function sourceDate(date: string, locale: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return date;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${date}T00:00:00Z`));
}

function languageName(code: string, locale: string): string {
  try {
    return new Intl.DisplayNames([locale], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** “market commentary “…”, by CryptoSlate, marsbit, Jun 30, 2026, in Chinese”; untitled, it is named by its subject. */
export function commentaryName(c: Commentary, locale: string): string {
  const name = c.title ? t('sources.commentary.titled', { title: c.title }) : t('sources.commentary.untitled', { subject: c.subject });
  const details = [
    c.author ? t('sources.commentary.by', { author: c.author }) : null,
    c.publisher ?? null,
    c.date ? sourceDate(c.date, locale) : t('sources.commentary.undated'),
    t('sources.commentary.language', { language: languageName(c.language, textLocale()) }),
  ].filter((part): part is string => part !== null);
  // Joined with the catalogue's separator: Intl's unit lists join Chinese parts with nothing between them.
  return t('sources.commentary.details', { name, details: details.join(t('sources.commentary.separator')) });
}

export function citationParts(c: Citation, locale: string): CitationParts {
  if (c.kind === 'unknown') return { label: t('sources.unknown', { id: c.id }), fact: null, notes: [], url: null, host: null };
  if (c.kind === 'commentary') {
    const label = t('sources.commentary.withAbout', { name: commentaryName(c.commentary, locale), about: c.commentary.about });
    return { label, fact: null, notes: [], url: null, host: null };
  }
  const { entry, via } = c;
  const host = entry.url ? linkHost(entry.url) : null;
  const publication = entry.publication ?? host ?? t('sources.publication.none');
  const label = entry.date ? t('sources.cite.dated', { publication, date: sourceDate(entry.date, locale) }) : publication;
  const notes = [entry.secondary ? t('sources.secondary') : null, via ? t('sources.via', { commentary: commentaryName(via, locale) }) : null].filter(
    (n): n is string => n !== null,
  );
  // The quote as written, without calibration.md's Markdown code marks (`I ≈ Y·σ·√(Q/V)`).
  return { label, fact: entry.fact.replace(/`/g, ''), notes, url: entry.url ?? null, host };
}

/** The citation's words without its link: label, quoted figure, notes. */
export function citationSentence(p: CitationParts): string {
  const head = p.fact ? t('sources.cite.withFact', { label: p.label, fact: p.fact }) : p.label;
  return p.notes.length > 0 ? t('sources.cite.notes', { text: head, notes: p.notes.join(t('sources.cite.notesSeparator')) }) : head;
}

/** The citation as one line of plain text (the CLI): label, quoted figure, notes, link. */
export function citationText(c: Citation, locale: string): string {
  const p = citationParts(c, locale);
  return p.url ? `${citationSentence(p)} ${p.url}` : citationSentence(p);
}

/** What a line assumes, as a sentence; null when it assumes nothing. */
export function assumptionText(line: Pick<ResolvedLine, 'assumption'>): string | null {
  if (line.assumption === null) return null;
  return line.assumption === true ? t('sources.assumption') : t('sources.assumption.detail', { text: line.assumption });
}

/**
 * The assumption as parts, so markup can keep the cited detail as written (translate="no") inside the translated
 * frame: [“Assumption — no published figure: ”, slot text]. Null when the line assumes nothing.
 */
export function assumptionParts(line: Pick<ResolvedLine, 'assumption'>): TemplatePart[] | null {
  if (line.assumption === null) return null;
  return line.assumption === true ? [{ text: t('sources.assumption') }] : templateParts('sources.assumption.detail', ['text']);
}

/** The statement with what it assumes: “HY +400 bp: …. Assumption — no published figure: ….” */
export function statementText(line: Pick<ResolvedLine, 'text' | 'assumption'>): string {
  const assumption = assumptionText(line);
  return assumption ? t('sources.statement.withAssumption', { text: line.text, assumption }) : line.text;
}

/** At most `max` characters of a quote, cut at a word and marked “…”. */
export function shortQuote(text: string, max = 60): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:(]+$/, '')}…`;
}

/**
 * A citation in a few words, for a table cell: who published it and when (each where known) and the start of the
 * quoted figure, “secondary source” where it is one; a commentary by its name. The full citation goes in the cell's
 * tooltip.
 */
export function compactCitation(c: Citation, locale: string): string {
  if (c.kind === 'commentary') return commentaryName(c.commentary, locale);
  if (c.kind === 'unknown') return citationParts(c, locale).label;
  const { entry } = c;
  const publication = entry.publication ?? (entry.url ? linkHost(entry.url) : null);
  const date = entry.date ? sourceDate(entry.date, locale) : null;
  const label = publication && date ? t('sources.cite.dated', { publication, date }) : (publication ?? date);
  const fact = shortQuote(entry.fact.replace(/`/g, ''));
  const head = label ? t('sources.cite.withFact', { label, fact }) : t('sources.cite.quoteOnly', { fact });
  return entry.secondary ? t('sources.cite.notes', { text: head, notes: t('sources.secondary') }) : head;
}
