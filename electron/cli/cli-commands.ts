import type { CliCommand } from './cli-command';
import { importCommand } from './import-command';
import { infoCommand, portfolioCommand, portfoliosCommand } from './portfolio-commands';

/** Every command of `aftershock`; later issues add run, scenarios and report. */
export const commands: Record<string, CliCommand> = {
  import: importCommand,
  portfolio: portfolioCommand,
  portfolios: portfoliosCommand,
  info: infoCommand,
};

export function helpText(): string {
  const width = Math.max(...Object.values(commands).map((c) => c.usage.length));
  return [
    'Aftershock — portfolio stress tests for an AI-capex bust.',
    '',
    'Usage: aftershock <command> [options]      (in the repo: npm run -s cli -- <command> [options])',
    '',
    'Commands:',
    ...Object.values(commands).map((c) => `  ${c.usage.padEnd(width)}  ${c.summary}`),
    '',
    'Options for every command:',
    "  --data-dir DIR   where data lives (else $AFTERSHOCK_DATA_DIR, else the app's own folder)",
    '  --json           machine-readable output',
    '  --help           this text',
  ].join('\n');
}
