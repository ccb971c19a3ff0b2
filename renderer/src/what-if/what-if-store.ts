import { create } from 'zustand';
import type { PortfolioView } from '../../../shared/api/portfolios-api';
import type { RunRecord } from '../../../shared/api/runs-api';
import type { HoldingEditInput } from '../../../shared/api/what-if-api';
import type { HedgeTradeSpec } from '../../../shared/domain/what-if';
import { api } from '../api/api';
import { errorMessage } from '../api/error-message';
import { useCompareStore } from '../compare/compare-store';
import { translate } from '../i18n/translate';
import { useSavedRunsStore } from '../results/saved-runs-store';
import { isBusy, useRunStore } from '../results/run-store';
import { routeHref } from '../routing/routes';
import { usePortfolioStore, type ChangeResult } from '../portfolio/portfolio-store';
import { navigate } from '../routing/navigate';

/**
 * What-if copies: made from a hedge (the Hedges panel), edited on the Portfolio screen, run beside the run they were
 * made from and compared. The saved portfolio is never touched, except by "Make this my portfolio".
 */
export type WhatIfStore = {
  /** The what-if the Hedges panel made last, and the run it was made from. */
  made: { view: PortfolioView; baseRunId: string } | null;
  applying: boolean;
  applyError: string | null;
  /** Set while the what-if's run is under way on its way to Compare. */
  comparing: boolean;
  compareError: string | null;
  apply: (portfolioId: string, trade: HedgeTradeSpec, cost: number, baseRunId: string) => Promise<void>;
  edit: (id: string, holdingId: string, edit: HoldingEditInput) => ChangeResult;
  adopt: (id: string) => ChangeResult;
  /** Runs the what-if with the base run's own scenario, seed and paths, then opens Compare with the two runs. */
  runAndCompare: (baseRunId: string, whatIfId: string) => Promise<void>;
};

/** Resolves with the record of the run the store starts next, or the sentence saying why it did not finish. */
function nextRunEnd(): Promise<RunRecord | string> {
  return new Promise((resolve) => {
    const off = useRunStore.subscribe((s) => {
      if (s.phase === 'done' && s.record) resolve(s.record);
      else if (s.phase === 'failed') resolve(s.message ?? translate('results.status.failedUnknown'));
      else if (s.phase === 'cancelled') resolve(translate('results.status.cancelled'));
      else return;
      off();
    });
  });
}

export const useWhatIfStore = create<WhatIfStore>()((set, get) => ({
  made: null,
  applying: false,
  applyError: null,
  comparing: false,
  compareError: null,

  apply: async (portfolioId, trade, cost, baseRunId) => {
    set({ applying: true, applyError: null, compareError: null });
    try {
      const view = await api['portfolios.whatIf']({ portfolioId, trade, cost, runId: baseRunId });
      set({ made: { view, baseRunId } });
      // The picker lists it (labelled "what-if of …"); the open portfolio stays the one it was.
      void usePortfolioStore.getState().reload();
    } catch (err) {
      set({ applyError: errorMessage(err) });
    } finally {
      set({ applying: false });
    }
  },

  edit: async (id, holdingId, edit) => {
    try {
      const view = await api['portfolios.editWhatIf']({ id, holdingId, edit });
      if (get().made?.view.portfolio.id === id) set({ made: { ...get().made!, view } });
      await usePortfolioStore.getState().reload();
      return null;
    } catch (err) {
      return errorMessage(err);
    }
  },

  adopt: async (id) => {
    try {
      const view = await api['portfolios.adoptWhatIf']({ id });
      if (get().made?.view.portfolio.id === id) set({ made: null });
      await usePortfolioStore.getState().opened(view);
      return null;
    } catch (err) {
      return errorMessage(err);
    }
  },

  runAndCompare: async (baseRunId, whatIfId) => {
    if (get().comparing) return;
    if (isBusy(useRunStore.getState().phase)) return set({ compareError: translate('whatIf.ui.runBusy') });
    set({ comparing: true, compareError: null });
    try {
      const base = await api['runs.get']({ runId: baseRunId });
      // The progress shows on Results; Compare opens when the run is done.
      navigate(routeHref('results'));
      const ended = nextRunEnd();
      await useRunStore.getState().start({ portfolioId: whatIfId, scenario: base.meta.scenario, paths: base.meta.paths, seed: base.meta.seed });
      const end = await ended;
      if (typeof end === 'string') return set({ compareError: end });
      await useSavedRunsStore.getState().load();
      await useCompareStore.getState().showRuns([baseRunId, end.runId]);
      navigate(routeHref('compare'));
    } catch (err) {
      set({ compareError: errorMessage(err) });
    } finally {
      set({ comparing: false });
    }
  },
}));
