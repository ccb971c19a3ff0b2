import type { CliCommand } from './cli-command';
import { printKept } from './library-commands';
import { portfolioJson, portfolioTable } from './cli-output';
import { t } from '../../shared/i18n/translate';

export const portfolioCommand: CliCommand = {
  usage: 'portfolio [--json] [--id ID]',
  summary: 'cli.sum.portfolio',
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
  summary: 'cli.sum.portfolios',
  options: {},
  run: async (api, { values }, io) => {
    const list = await api['portfolios.list']({});
    if (values.json) io.out(JSON.stringify(list, null, 2));
    else {
      list.portfolios.forEach((p) => io.out(t('cli.portfolioLine', { marker: p.id === list.currentId ? '*' : ' ', id: p.id, name: p.name, count: p.holdingsCount })));
      await printKept(api, 'portfolio', io);
    }
    return 0;
  },
};

export const infoCommand: CliCommand = {
  usage: 'info [--json]',
  summary: 'cli.sum.info',
  options: {},
  run: async (api, { values }, io) => {
    const info = await api['app.info']({});
    io.out(values.json ? JSON.stringify(info, null, 2) : t('cli.info', { name: info.name, version: info.version, dataDir: info.dataDir }));
    return 0;
  },
};
