import { useEffect, useId, useMemo, useRef } from 'react';
import { Banner } from '../components/banner';
import { KeptFiles } from '../components/kept-files';
import { useT } from '../i18n/use-t';
import { useAppStore } from '../stores/app-store';
import { matchesQuery } from './library-model';
import { useLibraryStore } from './library-store';
import { scenarioDescription, scenarioName } from '../../../shared/i18n/builtin-text';

type Props = {
  selectedId: string | null;
  dirty: boolean;
  onSelect: (id: string) => void;
};

/** Built-in and saved scenarios, searchable by name, description and sources; built-ins are marked read-only. */
export function ScenarioLibrary({ selectedId, dirty, onSelect }: Props) {
  const t = useT();
  const ids = { title: useId(), search: useId(), count: useId() };
  const summaries = useLibraryStore((s) => s.summaries);
  const status = useLibraryStore((s) => s.status);
  const error = useLibraryStore((s) => s.error);
  const query = useLibraryStore((s) => s.query);
  const setQuery = useLibraryStore((s) => s.setQuery);
  const load = useLibraryStore((s) => s.load);
  const locale = useAppStore((s) => s.settings?.locale ?? 'en-US');
  const plural = useMemo(() => new Intl.PluralRules(locale), [locale]);
  const listRef = useRef<HTMLUListElement>(null);
  const shown = useMemo(() => summaries.filter((s) => matchesQuery(s, query)), [summaries, query]);

  useEffect(() => {
    if (selectedId === null) return;
    const item = [...(listRef.current?.querySelectorAll<HTMLElement>('[data-scenario-id]') ?? [])].find((el) => el.dataset.scenarioId === selectedId);
    item?.scrollIntoView({ block: 'nearest' });
  }, [selectedId, summaries]);

  return (
    <section className="panel sc-library" aria-labelledby={ids.title}>
      <h2 id={ids.title}>{t('scenarios.library.title')}</h2>
      <label className="visually-hidden" htmlFor={ids.search}>
        {t('scenarios.library.search')}
      </label>
      <input
        id={ids.search}
        type="search"
        className="sc-search"
        value={query}
        placeholder={t('scenarios.library.searchPlaceholder')}
        aria-describedby={ids.count}
        onChange={(e) => setQuery(e.target.value)}
        data-testid="scenario-search"
      />
      <p className="hint sc-count" id={ids.count} aria-live="polite">
        {status === 'ready' && t('scenarios.library.count', { shown: shown.length, count: summaries.length })}
      </p>
      <KeptFiles what="scenario" testId="scenario-library-kept" />
      {status === 'error' && (
        <Banner
          kind="error"
          testId="scenario-library-error"
          onRetry={load}
        >
          {error}
        </Banner>
      )}
      {status === 'loading' && <p className="muted">{t('scenarios.library.loading')}</p>}
      {status === 'ready' && shown.length === 0 && (
        <p className="muted">{summaries.length === 0 ? t('scenarios.library.empty') : t('scenarios.library.noMatch', { query })}</p>
      )}
      <ul className="sc-list" ref={listRef} data-testid="scenario-list">
        {shown.map((s) => {
          const selected = s.id === selectedId;
          return (
            <li key={s.id}>
              <button
                type="button"
                className={`sc-item${selected ? ' is-selected' : ''}`}
                aria-current={selected ? 'true' : undefined}
                onClick={() => onSelect(s.id)}
                data-testid="scenario-item"
                data-scenario-id={s.id}
                data-built-in={s.builtIn}
              >
                <span className="sc-item-name">
                  {scenarioName(s)}
                  {selected && dirty && <span className="sc-item-dirty">{t('scenarios.library.unsaved')}</span>}
                </span>
                <span className={`badge ${s.builtIn ? 'badge-builtin' : 'badge-yours'}`}>
                  {t(s.builtIn ? 'scenarios.library.builtIn' : 'scenarios.library.yours')}
                </span>
                <span className="sc-item-description">{scenarioDescription(s)}</span>
                <span className="sc-item-sources">{t(plural.select(s.sources.length) === 'one' ? 'scenarios.library.sources.one' : 'scenarios.library.sources', { count: s.sources.length })}</span>
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
