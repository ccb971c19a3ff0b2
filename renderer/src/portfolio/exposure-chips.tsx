import type { ExposureWeight } from '../../../shared/domain/exposure';
import { ruleName } from '../../../shared/i18n/builtin-text';
import type { Formatters } from '../format/format';
import { useT, type TranslateFn } from '../i18n/use-t';

/** Where a tag came from, in the catalogue's words. */
export function tagSourceText(t: TranslateFn, source: ExposureWeight['source']): string {
  return t(`tagSource.${source.kind}`, { detail: ruleName(source.detail ?? '') });
}

/** "AI equity", or "Bitcoin 80 %, Equity 20 %" for a blend. */
export function exposureText(t: TranslateFn, exposures: readonly ExposureWeight[], fmt: Formatters): string {
  if (exposures.length === 1) return t(`exposure.${exposures[0]?.tag ?? 'unclassified'}`);
  return exposures.map((e) => `${t(`exposure.${e.tag}`)} ${fmt.percent(e.weight, 0)}`).join(', ');
}

function PinIcon() {
  return (
    <svg className="chip-pin" viewBox="0 0 16 16" width="11" height="11" aria-hidden="true" focusable="false">
      <path d="M9.8 1.5 14.5 6.2l-1.4.4-2.6 2.6.2 3.3-1.3 1.3-2.8-2.8-3.7 3.7-.9-.9 3.7-3.7-2.8-2.8 1.3-1.3 3.3.2 2.6-2.6z" fill="currentColor" />
    </svg>
  );
}

type ChipsProps = {
  exposures: ExposureWeight[];
  fmt: Formatters;
  /** Show where each tag came from next to it (the import preview), not only in the tooltip. */
  showSource?: boolean;
  /** Makes the chips one button that opens the override editor. */
  onEdit?: () => void;
  symbol?: string;
};

/** One chip per exposure tag; the weight is shown for a blend, a pin marks your own override. */
export function ExposureChips({ exposures, fmt, showSource = false, onEdit, symbol = '' }: ChipsProps) {
  const t = useT();
  const blended = exposures.length > 1;
  const chips = exposures.map((e) => {
    const tag = t(`exposure.${e.tag}`);
    const source = tagSourceText(t, e.source);
    const weight = fmt.percent(e.weight, 0);
    const title = blended ? t('portfolio.chipTitleBlend', { tag, weight, source }) : t('portfolio.chipTitle', { tag, source });
    const user = e.source.kind === 'user';
    const className = `chip chip-${e.tag}${user ? ' chip-user' : ''}`;
    const content = (
      <>
        <span className="chip-dot" aria-hidden="true" />
        {user && <PinIcon />}
        {tag}
        {blended && <span className="chip-weight">{weight}</span>}
        {showSource && <span className="chip-source">{source}</span>}
      </>
    );
    const data = { 'data-tag': e.tag, 'data-source': e.source.kind, 'data-testid': 'exposure-chip' };
    return onEdit ? (
      <span key={e.tag} className={className} title={title} {...data}>
        {content}
      </span>
    ) : (
      <li key={e.tag} className={className} title={title} {...data}>
        {content}
      </li>
    );
  });
  if (!onEdit) return <ul className="chips">{chips}</ul>;
  const label = t('portfolio.chipEdit', { symbol, tags: exposureText(t, exposures, fmt) });
  const sources = [...new Set(exposures.map((e) => tagSourceText(t, e.source)))].join('; ');
  return (
    <button type="button" className="chips chips-button" onClick={onEdit} aria-label={`${label} (${sources})`} data-testid="exposure-edit">
      {chips}
    </button>
  );
}
