import { useMemo } from 'react';
import type { Scenario } from '../../../shared/domain/scenario';
import { errorMessage } from '../api/error-message';
import { useAppStore } from '../stores/app-store';
import { usePortfolioStore } from '../portfolio/portfolio-store';
import { computePreview, EMPTY_BOOK, previewBook, type Preview, type PreviewBook } from './preview';

export type BookState =
  | { kind: 'loading' }
  | { kind: 'none' }
  | { kind: 'error'; message: string }
  | { kind: 'ready'; book: PreviewBook; name: string };

/** The open portfolio (the portfolio store holds it, valued by portfolios.get) and the valuation settings, as a book. */
export function usePreviewBook(): BookState {
  const view = usePortfolioStore((s) => s.view);
  const status = usePortfolioStore((s) => s.status);
  const error = usePortfolioStore((s) => s.error);
  const baseCurrency = useAppStore((s) => s.settings?.baseCurrency ?? null);
  const fxRates = useAppStore((s) => s.settings?.fxRates ?? null);
  return useMemo((): BookState => {
    if (status === 'error') return { kind: 'error', message: error ?? '' };
    if (view === null) return status === 'loading' || status === 'idle' ? { kind: 'loading' } : { kind: 'none' };
    if (baseCurrency === null || fxRates === null) return { kind: 'loading' };
    return { kind: 'ready', book: previewBook(view.portfolio, { baseCurrency, fxRates }), name: view.portfolio.name };
  }, [view, status, error, baseCurrency, fxRates]);
}

export type PreviewState = { ok: true; preview: Preview } | { ok: false; message: string };

/** The deterministic preview of a valid scenario; with no book it still scores the plausibility (on no holdings). */
export function usePreview(scenario: Scenario | null, book: BookState): PreviewState | null {
  const holdings = book.kind === 'ready' ? book.book : EMPTY_BOOK;
  return useMemo(() => {
    if (scenario === null) return null;
    try {
      return { ok: true, preview: computePreview(holdings, scenario) };
    } catch (err) {
      return { ok: false, message: errorMessage(err) };
    }
  }, [scenario, holdings]);
}
