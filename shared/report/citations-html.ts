import type { SourceLine } from '../domain/citation';
import type { SourceRegistry } from '../model/source-registry';
import { t } from '../i18n/translate';
import { assumptionParts, citationParts, citationSentence } from '../sources/citation-text';
import { resolveId, resolveLine } from '../sources/citations';
import { DEFAULT_SOURCES } from '../sources/default-sources';
import { templateParts } from '../sources/template-parts';
import { h, type Html } from './html';
import { reportLocale } from './report-format';

/**
 * Numbered citations for one run's assumptions: statements carry [1], [2] linking down to a list of the sources cited,
 * each with its publication, date, the figure as quoted and a clickable link. Numbers follow the order of first mention.
 */
export type Bibliography = {
  /** [n, m] for these ids (numbering ids not seen before); null for none. */
  refs: (ids: readonly string[] | undefined) => Html | null;
  /** A statement: its words, what it assumes, its references. */
  line: (line: SourceLine) => Html;
  /** The sources cited so far, numbered; null when none. */
  list: () => Html | null;
};

export function bibliography(anchor: string, registry: SourceRegistry = DEFAULT_SOURCES, locale = reportLocale()): Bibliography {
  const numbers = new Map<string, number>();
  const number = (id: string) => {
    let n = numbers.get(id);
    if (n === undefined) numbers.set(id, (n = numbers.size + 1));
    return n;
  };
  const refs = (ids: readonly string[] | undefined): Html | null => {
    if (!ids || ids.length === 0) return null;
    const links = ids.map((id) => number(id)).flatMap((n, i) => [i > 0 ? ',' : null, h('a', { href: `#${anchor}-${n}` }, n)]);
    return h('sup', { class: 'cite' }, '[', links, ']');
  };
  return {
    refs,
    line: (line) => {
      const r = resolveLine(line, registry);
      // The statement and an assumption's detail are quoted as written; only the frame around them is translated.
      const assumption = assumptionParts(r);
      const detail = h('span', { translate: 'no' }, typeof r.assumption === 'string' ? r.assumption : '');
      const frame = (assumption ?? []).map((p) => ('slot' in p ? detail : p.text));
      const slots: Record<string, Html | string> = { text: h('span', { translate: 'no' }, r.text), assumption: h('em', { class: 'assumption' }, frame) };
      const statement = assumption ? templateParts('sources.statement.withAssumption', ['text', 'assumption']).map((p) => ('slot' in p ? slots[p.slot]! : p.text)) : slots.text!;
      return h('span', {}, statement, refs(r.citations.map((c) => c.id)));
    },
    list: () => {
      if (numbers.size === 0) return null;
      const items = [...numbers].map(([id, n]) => {
        const p = citationParts(resolveId(id, registry), locale);
        // Cited as published: the figure and the publication stay in the language of the source.
        return h('li', { id: `${anchor}-${n}`, translate: 'no' }, citationSentence(p), p.url ? [' ', h('a', { href: p.url, class: 'link' }, p.url)] : null);
      });
      return h('div', {}, h('p', { class: 'sub' }, t('sources.bibliography.intro')), h('ol', { class: 'sources bibliography' }, items));
    },
  };
}
