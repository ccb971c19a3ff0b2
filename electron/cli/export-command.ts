import { CSV_TABLES, type CsvTable } from '../../shared/api/reports-api';
import { t } from '../../shared/i18n/translate';
import type { CliCommand } from './cli-command';
import { runIdFrom, sizeText, writeArgFile } from './run-args';

const WHATS = [...CSV_TABLES, 'json'] as const;

export const exportCommand: CliCommand = {
  usage: 'export RUN_ID|--latest --what holdings|exposures|fan|ladder|json [--out FILE]',
  summary: 'cli.sum.export',
  options: {
    latest: { type: 'boolean' },
    what: { type: 'string' },
    out: { type: 'string' },
  },
  run: async (api, { values, positionals }, io) => {
    const what = values.what;
    if (typeof what !== 'string' || !(WHATS as readonly string[]).includes(what)) {
      io.err(t('cli.badWhat', { what: typeof what === 'string' ? what : '', choices: WHATS.join(', ') }));
      return 2;
    }
    const runId = await runIdFrom(api, values, positionals, io);
    if (!runId) {
      if (!values.latest) io.err(t('cli.needRun', { usage: exportCommand.usage }));
      return 2;
    }
    const file = what === 'json' ? await api['exports.json']({ runId }) : await api['exports.csv']({ runId, what: what as CsvTable });
    const out = typeof values.out === 'string' ? values.out : '';
    if (!out) {
      io.out(file.text.replace(/\r?\n$/, ''));
      return 0;
    }
    if (!writeArgFile(out, file.text, io)) return 2;
    io.err(t('cli.wroteExport', { what, file: out, size: sizeText(Buffer.byteLength(file.text)), run: runId }));
    return 0;
  },
};
