import { useId } from 'react';
import type { ExposureTag } from '../../../shared/domain/exposure';
import { useT } from '../i18n/use-t';
import { useHoldingsViewStore } from './holdings-view-store';

type FilterBarProps = { tags: ExposureTag[]; shown: number; total: number };

/** A text filter over symbol, name and account, a filter by exposure tag, and how many rows they leave. */
export function HoldingsFilterBar({ tags, shown, total }: FilterBarProps) {
  const t = useT();
  const ids = { text: useId(), tag: useId(), count: useId() };
  const { text, tag, setText, setTag, clearFilter } = useHoldingsViewStore();
  const filtered = text.trim() !== '' || tag !== '';
  return (
    <div className="filter-bar" role="search">
      <div className="field field-inline">
        <label htmlFor={ids.text}>{t('portfolio.filter.text')}</label>
        <input
          id={ids.text}
          type="search"
          value={text}
          placeholder={t('portfolio.filter.textPlaceholder')}
          aria-describedby={ids.count}
          onChange={(e) => setText(e.target.value)}
          data-testid="holdings-filter"
        />
      </div>
      <div className="field field-inline">
        <label htmlFor={ids.tag}>{t('portfolio.filter.tag')}</label>
        <select
          id={ids.tag}
          value={tag}
          onChange={(e) => setTag(tags.find((x) => x === e.target.value) ?? '')}
          data-testid="holdings-tag-filter"
        >
          <option value="">{t('portfolio.filter.allTags')}</option>
          {tags.map((x) => (
            <option key={x} value={x}>
              {t(`exposure.${x}`)}
            </option>
          ))}
        </select>
      </div>
      <p className="filter-count muted" id={ids.count} role="status">
        {filtered ? t('portfolio.filter.shown', { shown, total }) : ''}
      </p>
      {filtered && (
        <button type="button" onClick={clearFilter}>
          {t('portfolio.filter.clear')}
        </button>
      )}
    </div>
  );
}
