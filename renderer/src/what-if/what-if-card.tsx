import type { PortfolioView } from '../../../shared/api/portfolios-api';
import { Banner } from '../components/banner';
import type { Formatters } from '../format/format';
import { useT } from '../i18n/use-t';
import { routeHref } from '../routing/routes';
import { usePortfolioStore } from '../portfolio/portfolio-store';
import { appliedTrades } from './what-if-text';
import { useWhatIfStore } from './what-if-store';
import { navigate } from '../routing/navigate';

/** The what-if just made: what was done, that the saved portfolio is untouched, and Run and compare / Open. */
export function WhatIfCard({ view, baseRunId, fmt }: { view: PortfolioView; baseRunId: string; fmt: Formatters }) {
  const t = useT();
  const { comparing, compareError, runAndCompare } = useWhatIfStore();
  const { portfolio } = view;
  const trades = portfolio.whatIfOf ? appliedTrades(portfolio.whatIfOf, fmt, t) : [];
  const open = async () => {
    await usePortfolioStore.getState().select(portfolio.id);
    navigate(routeHref('portfolio'));
  };
  return (
    <div className="what-if-card" role="status" data-testid="what-if-card" data-portfolio-id={portfolio.id}>
      <p>
        <strong>{t('whatIf.ui.made', { name: portfolio.name })}</strong> {fmt.list(trades)}
      </p>
      <p className="hint">{t('whatIf.ui.untouched', { name: portfolio.whatIfOf?.name ?? '' })}</p>
      <div className="sc-button-row">
        <button type="button" className="primary" disabled={comparing} onClick={() => void runAndCompare(baseRunId, portfolio.id)} data-testid="what-if-run-compare">
          {comparing ? t('whatIf.ui.comparing') : t('whatIf.ui.runCompare')}
        </button>
        <button type="button" onClick={() => void open()} data-testid="what-if-open">
          {t('whatIf.ui.open')}
        </button>
      </div>
      {compareError && (
        <Banner kind="error" testId="what-if-compare-error">
          {compareError}
        </Banner>
      )}
    </div>
  );
}
