import { useState } from 'react';
import type { PortfolioView } from '../../../shared/api/portfolios-api';
import { Banner } from '../components/banner';
import { ConfirmDialog } from '../components/confirm-dialog';
import { useFormatters } from '../format/use-formatters';
import { useT } from '../i18n/use-t';
import { appliedTrades } from './what-if-text';
import { WhatIfEditor } from './what-if-editor';
import { useWhatIfStore } from './what-if-store';

/** On the Portfolio screen, for a what-if copy: what it is, its edits, Run and compare, and Make this my portfolio. */
export function WhatIfPanel({ view }: { view: PortfolioView }) {
  const t = useT();
  const fmt = useFormatters(view.valuation.baseCurrency);
  const [confirming, setConfirming] = useState(false);
  const { comparing, compareError, runAndCompare, adopt } = useWhatIfStore();
  const mark = view.portfolio.whatIfOf;
  if (!mark) return null;
  const trades = appliedTrades(mark, fmt, t);
  return (
    <section className="panel what-if-panel" aria-label={t('whatIf.ui.of', { name: mark.name })} data-testid="what-if-panel">
      <p>
        <span className="badge badge-what-if">{t('whatIf.ui.badge')}</span> <strong>{t('whatIf.ui.of', { name: mark.name })}</strong>
        {trades.length > 0 && ` — ${fmt.list(trades)}`}
      </p>
      <p className="hint">{t('whatIf.ui.untouched', { name: mark.name })}</p>
      <div className="sc-button-row">
        {mark.runId && (
          <button type="button" className="primary" disabled={comparing} onClick={() => void runAndCompare(mark.runId!, view.portfolio.id)} data-testid="what-if-run-compare">
            {comparing ? t('whatIf.ui.comparing') : t('whatIf.ui.runCompare')}
          </button>
        )}
        <button type="button" onClick={() => setConfirming(true)} data-testid="what-if-adopt">
          {t('whatIf.ui.adopt')}
        </button>
      </div>
      {compareError && (
        <Banner kind="error" testId="what-if-compare-error">
          {compareError}
        </Banner>
      )}
      <WhatIfEditor view={view} fmt={fmt} />
      {confirming && (
        <ConfirmDialog title={t('whatIf.ui.adoptTitle', { name: mark.name })} confirmLabel={t('whatIf.ui.adopt')} onConfirm={() => adopt(view.portfolio.id)} onClose={() => setConfirming(false)} testId="what-if-adopt-dialog">
          <p>{t('whatIf.ui.adoptText', { name: mark.name, whatIf: view.portfolio.name })}</p>
        </ConfirmDialog>
      )}
    </section>
  );
}
