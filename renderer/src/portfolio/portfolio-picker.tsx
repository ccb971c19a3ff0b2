import { useId } from 'react';
import type { PortfolioSummary } from '../../../shared/api/portfolios-api';
import { useT } from '../i18n/use-t';

type PortfolioPickerProps = {
  portfolios: PortfolioSummary[];
  currentId: string | null;
  onSelect: (id: string) => void;
};

/** Which saved portfolio is open; each option says how many holdings it has. */
export function PortfolioPicker({ portfolios, currentId, onSelect }: PortfolioPickerProps) {
  const t = useT();
  const id = useId();
  return (
    <div className="field field-inline">
      <label htmlFor={id}>{t('portfolio.picker')}</label>
      <select id={id} value={currentId ?? ''} onChange={(e) => onSelect(e.target.value)}>
        {currentId === null && (
          <option value="" disabled>
            {t('portfolio.choose')}
          </option>
        )}
        {portfolios.map((p) => (
          <option key={p.id} value={p.id}>
            {t(p.whatIfOf === undefined ? 'portfolio.pickerOption' : 'whatIf.ui.pickerOption', { name: p.name, count: t('portfolio.holdingsCount', { count: p.holdingsCount }), original: p.whatIfOf ?? '' })}
          </option>
        ))}
      </select>
    </div>
  );
}
