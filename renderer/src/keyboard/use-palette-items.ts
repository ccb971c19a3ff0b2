import { useEffect, useMemo } from 'react';
import { useFormatters } from '../format/use-formatters';
import { useT } from '../i18n/use-t';
import { isBusy, useRunStore } from '../results/run-store';
import { useSavedRunsStore } from '../results/saved-runs-store';
import { useLibraryStore } from '../scenarios/library-store';
import { paletteItems, type PaletteItem } from './palette-items';

export type PaletteData = {
  items: PaletteItem[];
  /** Sentences about lists still on their way or that could not be had. */
  notes: string[];
};

/** The palette's places from the stores Results and Scenarios already keep, refreshed each time it opens. */
export function usePaletteItems(): PaletteData {
  const t = useT();
  const fmt = useFormatters();
  const runs = useSavedRunsStore((s) => s.runs);
  const runsStatus = useSavedRunsStore((s) => s.status);
  const runsError = useSavedRunsStore((s) => s.error);
  const scenarios = useLibraryStore((s) => s.summaries);
  const scenariosStatus = useLibraryStore((s) => s.status);
  const scenariosError = useLibraryStore((s) => s.error);
  const busy = useRunStore((s) => isBusy(s.phase));

  useEffect(() => {
    void useSavedRunsStore.getState().load();
    void useLibraryStore.getState().load();
  }, []);

  const items = useMemo(
    () => paletteItems({ runs, scenarios, busy, t, dateTime: fmt.dateTime, number: fmt.number }),
    [runs, scenarios, busy, t, fmt],
  );
  const notes = [
    runsStatus === 'loading' || runsStatus === 'idle' ? t('keyboard.palette.runsLoading') : null,
    runsStatus === 'error' ? t('keyboard.palette.runsFailed', { message: runsError ?? '' }) : null,
    scenariosStatus === 'loading' || scenariosStatus === 'idle' ? t('keyboard.palette.scenariosLoading') : null,
    scenariosStatus === 'error' ? t('keyboard.palette.scenariosFailed', { message: scenariosError ?? '' }) : null,
  ].filter((note): note is string => note !== null);
  return { items, notes };
}
