import { Fragment } from 'react';
import type { SourceLine } from '../../../shared/domain/citation';
import { assumptionParts, citationParts, citationSentence } from '../../../shared/sources/citation-text';
import { resolveLine, type Citation } from '../../../shared/sources/citations';
import { DEFAULT_SOURCES } from '../../../shared/sources/default-sources';
import { templateParts } from '../../../shared/sources/template-parts';
import { useT } from '../i18n/use-t';
import { useAppStore } from '../stores/app-store';

const useLocale = () => useAppStore((s) => s.settings?.locale ?? 'en-US');

/** A link out to a cited page: opens in the user's browser (the app itself fetches nothing). */
export function SourceLink({ url, host }: { url: string; host: string | null }) {
  const t = useT();
  const label = host ?? url;
  return (
    <a className="source-link" href={url} target="_blank" rel="noopener noreferrer" title={t('sources.link.open', { host: label })}>
      {label}
    </a>
  );
}

/** One citation: who and when, the figure as quoted, notes (secondary source, via a commentary), the link. */
export function CitationItem({ citation, locale }: { citation: Citation; locale: string }) {
  const p = citationParts(citation, locale);
  return (
    // Cited as published: the figure and the publication stay in the language of the source.
    <li className={`citation citation-${citation.kind}`} data-testid="citation" data-source-id={citation.id} translate="no">
      {citationSentence(p)}
      {p.url && (
        <>
          {' '}
          <SourceLink url={p.url} host={p.host} />
        </>
      )}
    </li>
  );
}

/** A statement with what it assumes and the sources behind it. */
function SourceItem({ line, locale }: { line: SourceLine; locale: string }) {
  const t = useT();
  const r = resolveLine(line, DEFAULT_SOURCES);
  const assumption = assumptionParts(r);
  // The statement and an assumption's detail are quoted as written; only the frame around them is translated.
  const detail = <span translate="no">{typeof r.assumption === 'string' ? r.assumption : ''}</span>;
  const slots = { text: (
      <span className="source-text" translate="no">
        {r.text}
      </span>
    ), assumption: <span className="source-assumption">{assumption?.map((p, i) => <Fragment key={i}>{'slot' in p ? detail : p.text}</Fragment>)}</span> };
  const statement = assumption
    ? templateParts('sources.statement.withAssumption', ['text', 'assumption']).map((p, i) => <Fragment key={i}>{'slot' in p ? slots[p.slot as keyof typeof slots] : p.text}</Fragment>)
    : slots.text;
  return (
    <li data-testid="source-line">
      {statement}
      {r.citations.length > 0 && (
        <div className="citations">
          <span className="citations-label">{t(r.citations.length === 1 ? 'sources.label' : 'sources.label.many')}</span>
          <ul>
            {r.citations.map((c) => (
              <CitationItem key={c.id} citation={c} locale={locale} />
            ))}
          </ul>
        </div>
      )}
    </li>
  );
}

/** A scenario's sources: every statement, its assumption, and its citations with publication, date and link. */
export function SourceList({ sources, empty }: { sources: readonly SourceLine[]; empty: string }) {
  const locale = useLocale();
  if (sources.length === 0) return <p className="muted">{empty}</p>;
  return (
    <ol className="sc-sources source-list" data-testid="scenario-sources">
      {sources.map((line, i) => (
        <SourceItem key={i} line={line} locale={locale} />
      ))}
    </ol>
  );
}
