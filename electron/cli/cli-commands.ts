import type { ApiClient } from '../../shared/api';
import { portfolioJson, portfolioTable } from './cli-output';

export type CliIo = { out: (text: string) => void; err: (text: string) => void };
export type CliCommand = {
  usage: string;
  summary: string;
  run: (api: ApiClient, args: { json: boolean; rest: string[] }, io: CliIo) => Promise<number>;
};

/** Every command of `aftershock`; later issues add import, run, scenarios and report. */
export const commands: Record<string, CliCommand> = {
  portfolio: {
    usage: 'portfolio [--json] [--id ID]',
    summary: 'Print the open portfolio (or --id ID) with values in the base currency.',
    run: async (api, { json, rest }, io) => {
      const idAt = rest.indexOf('--id');
      const id = idAt >= 0 ? rest[idAt + 1] : undefined;
      const view = await api['portfolios.get'](id ? { id } : {});
      const settings = await api['settings.get']({});
      io.out(json ? JSON.stringify(portfolioJson(view), null, 2) : portfolioTable(view, settings.locale));
      return 0;
    },
  },
  portfolios: {
    usage: 'portfolios [--json]',
    summary: 'List saved portfolios.',
    run: async (api, { json }, io) => {
      const list = await api['portfolios.list']({});
      if (json) io.out(JSON.stringify(list, null, 2));
      else list.portfolios.forEach((p) => io.out(`${p.id === list.currentId ? '*' : ' '} ${p.id}  ${p.name}  (${p.holdingsCount} holdings)`));
      return 0;
    },
  },
  info: {
    usage: 'info [--json]',
    summary: 'Version and data folder.',
    run: async (api, { json }, io) => {
      const info = await api['app.info']({});
      io.out(json ? JSON.stringify(info, null, 2) : `${info.name} ${info.version}\nData folder: ${info.dataDir}`);
      return 0;
    },
  },
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
    '  --data-dir DIR   where data lives (else $AFTERSHOCK_DATA_DIR, else the app\'s own folder)',
    '  --json           machine-readable output',
    '  --help           this text',
  ].join('\n');
}
