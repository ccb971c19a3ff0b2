import type { SourceLine } from '../../../shared/domain/citation';
import type { Factor } from '../../../shared/domain/scenario';
import { citationParts, citationSentence, compactCitation } from '../../../shared/sources/citation-text';
import { linesAbout, resolveLine } from '../../../shared/sources/citations';
import { DEFAULT_SOURCES } from '../../../shared/sources/default-sources';
import { useT } from '../i18n/use-t';
import { useAppStore } from '../stores/app-store';
import { SourceLink } from './citation-list';

/**
 * Where one factor's shock comes from, compactly: each cited source's publication and the start of its quoted figure
 * with its link (the whole citation on hover), and “assumption” where the scenario says the value is assumed.
 */
export function FactorSources({ lines, factor }: { lines: readonly SourceLine[]; factor: Factor }) {
  const t = useT();
  const locale = useAppStore((s) => s.settings?.locale ?? 'en-US');
  const resolved = linesAbout(lines, factor).map((l) => resolveLine(l, DEFAULT_SOURCES));
  const citations = [...new Map(resolved.flatMap((r) => r.citations).map((c) => [c.id, c])).values()];
  const assumed = resolved.some((r) => r.assumption !== null);
  if (citations.length === 0 && !assumed) return <span className="muted">—</span>;
  return (
    <ul className="factor-sources" data-testid="factor-sources">
      {citations.map((c) => {
        const p = citationParts(c, locale);
        return (
          // Cited as published: the figure and the publication stay in the language of the source.
          <li key={c.id} title={citationSentence(p)} data-source-id={c.id} translate="no">
            {compactCitation(c, locale)}
            {p.url && (
              <>
                {' '}
                <SourceLink url={p.url} host={p.host} />
              </>
            )}
          </li>
        );
      })}
      {assumed && <li className="factor-sources-assumed">{t('sources.assumption')}</li>}
    </ul>
  );
}
