import type { CliCommand } from './cli-command';
import { portfolioJson, portfolioTable } from './cli-output';

export const portfolioCommand: CliCommand = {
  usage: 'portfolio [--json] [--id ID]',
  summary: 'Print the open portfolio (or --id ID) with values in the base currency.',
  options: { id: { type: 'string' } },
  run: async (api, { values }, io) => {
    const id = typeof values.id === 'string' ? values.id : undefined;
    const view = await api['portfolios.get'](id ? { id } : {});
    const settings = await api['settings.get']({});
    io.out(values.json ? JSON.stringify(portfolioJson(view), null, 2) : portfolioTable(view, settings.locale));
    return 0;
  },
};

export const portfoliosCommand: CliCommand = {
  usage: 'portfolios [--json]',
  summary: 'List saved portfolios (* = open).',
  options: {},
  run: async (api, { values }, io) => {
    const list = await api['portfolios.list']({});
    if (values.json) io.out(JSON.stringify(list, null, 2));
    else list.portfolios.forEach((p) => io.out(`${p.id === list.currentId ? '*' : ' '} ${p.id}  ${p.name}  (${p.holdingsCount} holdings)`));
    return 0;
  },
};

export const infoCommand: CliCommand = {
  usage: 'info [--json]',
  summary: 'Version and data folder.',
  options: {},
  run: async (api, { values }, io) => {
    const info = await api['app.info']({});
    io.out(values.json ? JSON.stringify(info, null, 2) : `${info.name} ${info.version}\nData folder: ${info.dataDir}`);
    return 0;
  },
};
