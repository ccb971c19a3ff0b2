import { useEffect } from 'react';
import { Banner } from '../components/banner';
import { ScreenHeading } from '../components/screen-heading';
import { useT } from '../i18n/use-t';
import { RunPanel } from './run-panel';
import { RunResults } from './run-results';
import { RunStatus } from './run-status';
import { useRunChoicesStore } from './run-choices-store';
import { connectRunEvents, useRunStore } from './run-store';
import { SavedRunsPanel } from './saved-runs-panel';
import { connectSavedRuns, useSavedRunsStore } from './saved-runs-store';

/**
 * Results: the run panel and the saved runs, the state of the run, and the figures of the run shown (the one just made,
 * or a saved one re-opened; on the first visit, the newest saved run). Leaving and coming back keeps all of it.
 */
export function ResultsScreen() {
  const t = useT();
  const phase = useRunStore((s) => s.phase);
  const record = useRunStore((s) => s.record);
  const choicesError = useRunChoicesStore((s) => s.error);
  const loadScenarios = useRunChoicesStore((s) => s.loadScenarios);
  const loadFactorModels = useRunChoicesStore((s) => s.loadFactorModels);
  const opening = useSavedRunsStore((s) => s.opening);
  const followRun = useRunChoicesStore((s) => s.followRun);
  const shownRun = phase === 'done' ? record : null;

  useEffect(() => {
    connectRunEvents();
    connectSavedRuns();
    void loadScenarios();
    void loadFactorModels();
    const saved = useSavedRunsStore.getState();
    if (useRunStore.getState().phase !== 'idle') {
      void saved.load();
      return;
    }
    // Follow a run already going (after a reload, or from another window); else show the latest saved run.
    void useRunStore
      .getState()
      .attach()
      .then((attached) => (attached ? saved.load() : saved.openLatestIfIdle()));
  }, [loadScenarios, loadFactorModels]);

  // The run panel names the scenario of the run shown below it (after a reload too), with its paths and seed.
  const shownId = shownRun?.runId ?? null;
  useEffect(() => {
    if (shownRun)
      void followRun({ scenarioId: shownRun.meta.scenario.id, paths: shownRun.meta.paths, seed: shownRun.meta.seed, factorModelId: shownRun.meta.factorModel?.id ?? null });
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once per run shown, not on every store change
  }, [shownId, followRun]);

  return (
    <section className="screen results-screen" data-testid="screen-results">
      <ScreenHeading>{t('results.title')}</ScreenHeading>
      {choicesError !== null && (
        <Banner
          kind="error"
          testId="scenarios-error"
          onRetry={loadScenarios}
        >
          {choicesError}
        </Banner>
      )}
      <div className="results-top">
        <RunPanel />
        <SavedRunsPanel />
      </div>
      <RunStatus />
      {phase === 'done' && record !== null ? (
        <RunResults record={record} />
      ) : (
        phase === 'idle' && <p className="placeholder">{opening !== null ? t('results.saved.opening') : t('results.empty')}</p>
      )}
    </section>
  );
}
