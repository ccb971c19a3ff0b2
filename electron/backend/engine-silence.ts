import { t } from '../../shared/i18n/translate';

/** Seconds an engine worker may be silent on a shard before it counts as hung (CLI and web host); see DEFAULT_SILENCE_MS. */
export const ENGINE_SILENCE_ENV = 'AFTERSHOCK_ENGINE_SILENCE_SECONDS';

/** The silence limit $AFTERSHOCK_ENGINE_SILENCE_SECONDS asks for, in ms; undefined when unset (the default applies). */
export function engineSilenceMs(env: NodeJS.ProcessEnv): number | undefined {
  const text = env[ENGINE_SILENCE_ENV]?.trim();
  if (!text) return undefined;
  const seconds = Number(text);
  if (!/^\d+$/.test(text) || seconds < 1 || seconds > 3600) throw new Error(t('run.badSilenceLimit', { name: ENGINE_SILENCE_ENV, value: text }));
  return seconds * 1000;
}
