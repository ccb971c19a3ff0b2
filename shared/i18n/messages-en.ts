import { builtinsEn } from './en/messages-builtins';
import { appEn } from './en/messages-app';
import { chartsEn } from './en/messages-charts';
import { cliEn } from './en/messages-cli';
import { importEn } from './en/messages-import';
import { keyboardEn } from './en/messages-keyboard';
import { narrativeEn } from './en/messages-narrative';
import { portfolioEn } from './en/messages-portfolio';
import { reportEn } from './en/messages-report';
import { resultsEn } from './en/messages-results';
import { scenariosEn } from './en/messages-scenarios';
import { sourcesEn } from './en/messages-sources';
import { modelsEn } from './en/messages-models';
import { stressEn } from './en/messages-stress';
import { stressUiEn } from './en/messages-stress-ui';

/**
 * The English message catalogue: every user-visible string, keyed by a stable id, `{name}` placeholders filled by `t`.
 * One file per screen under en/; a Simplified Chinese catalogue will mirror them.
 */
export const CATALOGUE_PARTS = [appEn, portfolioEn, importEn, scenariosEn, resultsEn, reportEn, cliEn, keyboardEn, chartsEn, sourcesEn, narrativeEn, builtinsEn, modelsEn, stressEn, stressUiEn] as const;

export const messagesEn = {
  ...appEn,
  ...portfolioEn,
  ...importEn,
  ...scenariosEn,
  ...resultsEn,
  ...reportEn,
  ...cliEn,
  ...keyboardEn,
  ...chartsEn,
  ...sourcesEn,
  ...narrativeEn,
  ...builtinsEn,
  ...modelsEn,
  ...stressEn,
  ...stressUiEn,
} as const;

export type MessageKey = keyof typeof messagesEn;
