import { useEffect } from 'react';
import { Banner } from '../components/banner';
import { ScreenHeading } from '../components/screen-heading';
import { useT } from '../i18n/use-t';
import { RunPanel } from './run-panel';
import { RunResults } from './run-results';
import { RunStatus } from './run-status';
import { useRunChoicesStore } from './run-choices-store';
import { connectRunEvents, useRunStore } from './run-store';

/** Results: the run panel, the state of the run, and a finished run's figures. Leaving and coming back keeps all three. */
export function ResultsScreen() {
  const t = useT();
  const phase = useRunStore((s) => s.phase);
  const record = useRunStore((s) => s.record);
  const choicesError = useRunChoicesStore((s) => s.error);
  const loadScenarios = useRunChoicesStore((s) => s.loadScenarios);

  useEffect(() => {
    connectRunEvents();
    void loadScenarios();
  }, [loadScenarios]);

  return (
    <section className="screen results-screen" data-testid="screen-results">
      <ScreenHeading>{t('results.title')}</ScreenHeading>
      {choicesError !== null && (
        <Banner
          kind="error"
          testId="scenarios-error"
          action={
            <button type="button" onClick={() => void loadScenarios()}>
              {t('common.retry')}
            </button>
          }
        >
          {choicesError}
        </Banner>
      )}
      <RunPanel />
      <RunStatus />
      {phase === 'done' && record !== null ? (
        <RunResults record={record} />
      ) : (
        phase === 'idle' && <p className="placeholder">{t('results.empty')}</p>
      )}
    </section>
  );
}
