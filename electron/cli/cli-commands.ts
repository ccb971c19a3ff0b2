import type { CliCommand } from './cli-command';
import { exportCommand } from './export-command';
import { fitCommand, modelsCommand } from './fit-command';
import { importCommand } from './import-command';
import { runsCommand, scenariosCommand } from './library-commands';
import { reportCommand } from './report-command';
import { runCommand } from './run-command';
import { hedgeCommand, reverseCommand } from './stress-commands';
import { infoCommand, portfolioCommand, portfoliosCommand } from './portfolio-commands';
import { t } from '../../shared/i18n/translate';

/** Every command of `aftershock`; later issues add run, scenarios and report. */
export const commands: Record<string, CliCommand> = {
  import: importCommand,
  run: runCommand,
  reverse: reverseCommand,
  hedge: hedgeCommand,
  runs: runsCommand,
  report: reportCommand,
  export: exportCommand,
  scenarios: scenariosCommand,
  fit: fitCommand,
  models: modelsCommand,
  portfolio: portfolioCommand,
  portfolios: portfoliosCommand,
  info: infoCommand,
};

export function helpText(): string {
  return [
    `${t('app.name')} — ${t('app.tagline')}`,
    '',
    t('cli.usage'),
    '',
    t('cli.commands'),
    ...Object.values(commands).flatMap((c) => [`  ${c.usage}`, `      ${t(c.summary)}`]),
    '',
    t('cli.commonOptions'),
    `  ${t('cli.optDataDir')}`,
    `  ${t('cli.optJson')}`,
    `  ${t('cli.optHelp')}`,
    `  ${t('cli.optLang')}`,
  ].join('\n');
}
