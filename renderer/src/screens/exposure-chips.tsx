import type { ExposureWeight } from '../../../shared/domain/exposure';
import type { Formatters } from '../format/format';
import { useT, type TranslateFn } from '../i18n/use-t';

/** Where a tag came from, in the catalogue's words. */
export function tagSourceText(t: TranslateFn, source: ExposureWeight['source']): string {
  return t(`tagSource.${source.kind}`, { detail: source.detail ?? '' });
}

/** One chip per exposure tag; the weight is shown when the holding is a blend. */
export function ExposureChips({ exposures, fmt }: { exposures: ExposureWeight[]; fmt: Formatters }) {
  const t = useT();
  const blended = exposures.length > 1;
  return (
    <ul className="chips">
      {exposures.map((e) => {
        const tag = t(`exposure.${e.tag}`);
        const source = tagSourceText(t, e.source);
        const weight = fmt.percent(e.weight, 0);
        const title = blended
          ? t('portfolio.chipTitleBlend', { tag, weight, source })
          : t('portfolio.chipTitle', { tag, source });
        return (
          <li key={e.tag} className={`chip chip-${e.tag}`} title={title} data-tag={e.tag}>
            <span className="chip-dot" aria-hidden="true" />
            {tag}
            {blended && <span className="chip-weight">{weight}</span>}
          </li>
        );
      })}
    </ul>
  );
}
