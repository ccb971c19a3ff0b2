import { builtinsZh } from './zh-CN/messages-builtins';
import { appZh } from './zh-CN/messages-app';
import { chartsZh } from './zh-CN/messages-charts';
import { cliZh } from './zh-CN/messages-cli';
import { importZh } from './zh-CN/messages-import';
import { keyboardZh } from './zh-CN/messages-keyboard';
import { narrativeZh } from './zh-CN/messages-narrative';
import { portfolioZh } from './zh-CN/messages-portfolio';
import { reportZh } from './zh-CN/messages-report';
import { resultsZh } from './zh-CN/messages-results';
import { scenariosZh } from './zh-CN/messages-scenarios';
import { sourcesZh } from './zh-CN/messages-sources';
import { modelsZh } from './zh-CN/messages-models';
import { stressZh } from './zh-CN/messages-stress';
import { stressUiZh } from './zh-CN/messages-stress-ui';

/**
 * The Simplified Chinese message catalogue: the same keys and `{placeholders}` as the English one (messages-en.ts),
 * one file per screen under zh-CN/, in the same order as CATALOGUE_PARTS. Terms follow zh-CN/glossary.md;
 * catalogue-parity.test.ts checks that every English key is translated.
 */
export const CATALOGUE_PARTS_ZH = [appZh, portfolioZh, importZh, scenariosZh, resultsZh, reportZh, cliZh, keyboardZh, chartsZh, sourcesZh, narrativeZh, builtinsZh, modelsZh, stressZh, stressUiZh] as const;

export const messagesZh = {
  ...appZh,
  ...portfolioZh,
  ...importZh,
  ...scenariosZh,
  ...resultsZh,
  ...reportZh,
  ...cliZh,
  ...keyboardZh,
  ...chartsZh,
  ...sourcesZh,
  ...narrativeZh,
  ...builtinsZh,
  ...modelsZh,
  ...stressZh,
  ...stressUiZh,
} as const;

export type MessageKeyZh = keyof typeof messagesZh;
