import { useRef } from 'react';
import { Banner } from '../components/banner';
import { useFormatters } from '../format/use-formatters';
import { ariaShortcut } from '../keyboard/key-labels';
import { isMac } from '../keyboard/match-shortcut';
import { useT } from '../i18n/use-t';
import { shortHash } from './results-model';
import { isBusy, useRunStore } from './run-store';
import { useFocusIfLost } from './use-focus-if-lost';

/** While a run is under way: a progress bar with "N of M paths" and Cancel. */
function RunProgress() {
  const t = useT();
  const fmt = useFormatters();
  const { phase, pathsDone, pathsTotal, cancelling, message } = useRunStore();
  const cancel = useRunStore((s) => s.cancel);
  const cancelRef = useRef<HTMLButtonElement>(null);
  useFocusIfLost(cancelRef);
  const meanPathOnly = pathsTotal === 0;
  const text =
    phase === 'starting'
      ? t('results.progress.starting')
      : phase === 'loading'
        ? t('results.progress.loading')
        : meanPathOnly
          ? t('results.progress.meanPath')
          : t('results.progress', { done: fmt.number(pathsDone), total: fmt.number(pathsTotal) });
  return (
    <div className="run-progress-box" data-testid="run-running">
      <div className="run-progress-row">
        {/* No value while the amount of work is unknown: the bar shows it is busy rather than stuck at 0. */}
        {meanPathOnly || phase === 'starting' ? (
          <progress aria-label={t('results.progressLabel')} data-testid="run-progress" />
        ) : (
          <progress aria-label={t('results.progressLabel')} value={pathsDone} max={pathsTotal} data-testid="run-progress" />
        )}
        <span className="run-progress-text num-text" data-testid="run-progress-text">
          {text}
        </span>
        <button type="button" ref={cancelRef} onClick={() => void cancel()} disabled={cancelling || phase === 'loading'} aria-keyshortcuts={ariaShortcut('cancel', isMac())} data-testid="run-cancel">
          {cancelling ? t('results.cancelling') : t('results.cancel')}
        </button>
      </div>
      <p className="hint">{t('results.progress.background')}</p>
      {message !== null && (
        <Banner kind="error" testId="run-cancel-error">
          {t('results.status.cancelFailed', { message })}
        </Banner>
      )}
    </div>
  );
}

/** A sentence about the run that ended; it takes the focus when the Cancel button it replaces had it. */
function EndLine({ testId, title, children }: { testId: string; title?: string; children: string }) {
  const ref = useRef<HTMLParagraphElement>(null);
  useFocusIfLost(ref);
  return (
    <p ref={ref} tabIndex={-1} className="run-status num-text" role="status" data-testid={testId} title={title}>
      {children}
    </p>
  );
}

/** The state of the last run: progress, the finished line, a neutral cancelled sentence, or the error. */
export function RunStatus() {
  const t = useT();
  const fmt = useFormatters();
  const { phase, message, refused, record } = useRunStore();
  if (isBusy(phase)) return <RunProgress />;
  if (phase === 'cancelled') {
    return <EndLine testId="run-cancelled">{t('results.status.cancelled')}</EndLine>;
  }
  if (phase === 'failed') {
    return (
      <Banner kind="error" testId="run-error">
        {message === null ? t('results.status.failedUnknown') : refused ? message : t('results.status.failed', { message })}
      </Banner>
    );
  }
  if (phase === 'done' && record !== null) {
    const { meta } = record;
    return (
      <EndLine testId="run-status" title={t('results.status.hashTitle', { hash: meta.inputHash })}>
        {t('results.status.done', {
          elapsed: fmt.seconds(meta.elapsedMs),
          paths: fmt.number(meta.paths),
          seed: String(meta.seed),
          workers: fmt.number(meta.workers),
          hash: shortHash(meta.inputHash),
        })}
      </EndLine>
    );
  }
  return null;
}
