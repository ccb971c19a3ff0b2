import { PAPER_SIZES, type Paper } from '../../shared/api/reports-api';
import { t } from '../../shared/i18n/translate';
import type { CliCommand } from './cli-command';
import { runIdFrom, sizeText, writeArgFile } from './run-args';

const FORMATS = ['pdf', 'html'] as const;
type Format = (typeof FORMATS)[number];

/** --format, else the --out file's extension (.html / .htm → HTML), else PDF. */
function formatOf(format: unknown, out: string): Format | null {
  if (typeof format === 'string') return (FORMATS as readonly string[]).includes(format) ? (format as Format) : null;
  return /\.html?$/i.test(out) ? 'html' : 'pdf';
}

export const reportCommand: CliCommand = {
  usage: 'report RUN_ID|--latest --out FILE.pdf [--paper a4|letter] [--compare ID,ID,…] [--format pdf|html]',
  summary: 'cli.sum.report',
  options: {
    latest: { type: 'boolean' },
    out: { type: 'string' },
    paper: { type: 'string' },
    compare: { type: 'string' },
    format: { type: 'string' },
  },
  run: async (api, { values, positionals }, io) => {
    const out = typeof values.out === 'string' ? values.out : '';
    if (!out) {
      io.err(t('cli.needOut', { usage: reportCommand.usage }));
      return 2;
    }
    const format = formatOf(values.format, out);
    if (!format) {
      io.err(t('cli.badFormat', { format: String(values.format) }));
      return 2;
    }
    const paper = (typeof values.paper === 'string' ? values.paper.toLowerCase() : 'a4') as Paper;
    if (!(PAPER_SIZES as readonly string[]).includes(paper)) {
      io.err(t('cli.badPaper', { paper: String(values.paper) }));
      return 2;
    }
    const others = typeof values.compare === 'string' ? values.compare.split(',').map((id) => id.trim()).filter(Boolean) : [];
    const main = await runIdFrom(api, values, positionals, io);
    if (!main && others.length === 0) {
      if (!values.latest) io.err(t('cli.needRun', { usage: reportCommand.usage }));
      return 2;
    }
    const runIds = main ? [main, ...others] : others;
    if (runIds.length > 4) {
      io.err(t('cli.tooManyRuns', { count: runIds.length }));
      return 2;
    }
    let bytes: Uint8Array | string;
    if (format === 'html') bytes = (await api['reports.html']({ runIds, paper })).html;
    else bytes = Buffer.from((await api['reports.pdf']({ runIds, paper })).base64, 'base64');
    if (!writeArgFile(out, bytes, io)) return 2;
    const size = typeof bytes === 'string' ? Buffer.byteLength(bytes) : bytes.byteLength;
    io.err(t(runIds.length > 1 ? 'cli.wroteComparison' : 'cli.wroteReport', { file: out, format: format.toUpperCase(), size: sizeText(size), runs: runIds.join(', ') }));
    return 0;
  },
};
