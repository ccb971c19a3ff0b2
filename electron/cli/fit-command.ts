import { basename } from 'node:path';
import { MAX_HISTORY_CHARS } from '../../shared/api/factor-models-api';
import { decodeText } from '../../shared/import/decode-text';
import { t } from '../../shared/i18n/translate';
import type { CliCommand } from './cli-command';
import { readArgFile } from './cli-files';
import { fitOptionsFrom } from './fit-args';
import { LAMBDA } from './number-args';
import { fitText } from './fit-output';

export const fitCommand: CliCommand = {
  usage: 'fit FILE.csv [--method ledoit-wolf|ewma|sample] [--lambda 0.94] [--window 2022-01-01..2022-12-31] [--map "Header=FACTOR,…"] [--levels auto|percent|bp] [--save NAME] [--json]',
  summary: 'cli.sum.fit',
  options: { method: { type: 'string' }, lambda: { type: 'string' }, window: { type: 'string' }, map: { type: 'string' }, levels: { type: 'string' }, save: { type: 'string' } },
  numbers: { lambda: LAMBDA },
  run: async (api, { values, positionals }, io) => {
    const file = positionals[0];
    if (!file) {
      io.err(t('cli.needFile'));
      return 2;
    }
    const options = fitOptionsFrom(values);
    const bytes = readArgFile(file, io, MAX_HISTORY_CHARS);
    if (!bytes) return 2;
    const request = { fileName: basename(file), text: decodeText(bytes).text, options };
    const result = await api['factorModels.fit'](request);
    const name = typeof values.save === 'string' ? values.save : null;
    const existing = name !== null && result.ok ? (await api['factorModels.list']({})).find((m) => m.name === name) : undefined;
    const saved = name !== null && result.ok ? await api['factorModels.save']({ ...request, name, ...(existing ? { replaceId: existing.id } : {}) }) : null;
    if (values.json) io.out(JSON.stringify({ ...result, ...(saved ? { saved } : {}) }, null, 2));
    else {
      const text = fitText(result, (await api['settings.get']({})).locale);
      if (result.ok) io.out(text);
      else io.err(text);
    }
    if (saved) io.err(t(existing ? 'cli.fit.replaced' : 'cli.fit.saved', { name: saved.name, id: saved.id }));
    return result.ok ? 0 : 2;
  },
};

export const modelsCommand: CliCommand = {
  usage: 'models [--json]',
  summary: 'cli.sum.models',
  options: {},
  run: async (api, { values }, io) => {
    const list = await api['factorModels.list']({});
    if (values.json) io.out(JSON.stringify(list, null, 2));
    else if (list.length === 0) io.out(t('cli.models.none'));
    else
      list.forEach((m) =>
        io.out(
          m.fit === null
            ? t('cli.models.unreadable', { id: m.id, details: m.unreadable ?? '' })
            : t('cli.models.line', { id: m.id, name: m.name, factors: m.fit.factors.join(', '), first: m.fit.firstDate, last: m.fit.lastDate, date: (m.createdAt ?? '').slice(0, 10) }),
        ),
      );
    return 0;
  },
};
