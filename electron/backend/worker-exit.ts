import { t } from '../../shared/i18n/translate';

/** How an engine worker process ended, as far as its host can tell. */
export type WorkerExit = {
  /** The exit code, or null when a signal ended it (or the host does not say). */
  code: number | null;
  /** The signal that ended it (SIGKILL, SIGABRT, …), when the host says. */
  signal: string | null;
  /** Its stderr carried V8's out-of-memory report ("JavaScript heap out of memory" and the like). */
  outOfMemory: boolean;
};

/** The sentence for a run whose worker ended mid-shard: out of memory, killed by a signal, quit, or an exit code. */
export function exitSentence(exit: WorkerExit): string {
  if (exit.outOfMemory) return t('run.workerOutOfMemory');
  if (exit.signal) return t('run.workerKilled', { signal: exit.signal });
  if (exit.code === 0) return t('run.workerQuit');
  return t('run.workerDied', { code: String(exit.code ?? 'none') });
}

/** The sentence for a worker silent for `silenceMs`: whole seconds, or tenths below ten seconds that are not whole. */
export function silenceSentence(silenceMs: number): string {
  const seconds = silenceMs % 1000 === 0 || silenceMs >= 10_000 ? Math.round(silenceMs / 1000) : Math.round(silenceMs / 100) / 10;
  return t('run.workerHung', { seconds: String(seconds) });
}
