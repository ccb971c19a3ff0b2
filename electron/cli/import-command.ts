import type { ImportPreview } from '../../shared/api';
import { CliUsageError, type CliCommand } from './cli-command';
import { previewArgFile } from './cli-files';
import { issuesText, portfolioJson, portfolioTable } from './cli-output';
import { t, translator } from '../../shared/i18n/translate';
import { formatName } from '../../shared/import/format-names';

/** `--fx EUR=1.15,HKD=0.128` → { EUR: 1.15, HKD: 0.128 } (US dollars per unit); a sentence on a bad part. */
export function parseFx(text: string): Record<string, number> {
  return Object.fromEntries(
    text
      .split(',')
      .filter((part) => part.trim() !== '')
      .map((part) => {
        const match = /^\s*([A-Za-z]{3})\s*=\s*([0-9]*\.?[0-9]+)\s*$/.exec(part);
        if (!match || !(Number(match[2]) > 0)) throw new CliUsageError(t('cli.badFx', { part }));
        return [match[1]!.toUpperCase(), Number(match[2])];
      }),
  );
}

/** The JSON the issue specifies: format, base currency, holdings with base values and tags, issues, total. */
function previewJson(preview: Extract<ImportPreview, { ok: true }>) {
  const view = portfolioJson({ portfolio: preview.portfolio, valuation: preview.valuation });
  return {
    format: preview.format,
    // In English whatever --lang says: --json is the same in every language.
    formatName: formatName(preview.format, translator('en')),
    baseCurrency: view.baseCurrency,
    holdings: view.holdings,
    // Language-neutral: the English message, and the key and column a program can match on.
    issues: preview.issues.map((i) => ({
      line: i.line,
      severity: i.severity,
      message: i.message,
      ...(i.key !== undefined ? { key: i.key } : {}),
      ...(i.column !== undefined ? { column: i.column } : {}),
      ...(i.value !== undefined ? { value: i.value } : {}),
    })),
    checkFigures: preview.checkFigures,
    totalBase: view.totalBase,
    missingFx: view.missingFx,
  };
}

export const importCommand: CliCommand = {
  usage: 'import FILE [--json] [--base USD] [--fx EUR=1.15,HKD=0.128] [--save NAME]',
  summary: 'cli.sum.import',
  options: { base: { type: 'string' }, fx: { type: 'string' }, save: { type: 'string' } },
  run: async (api, { values, positionals }, io) => {
    const file = positionals[0];
    if (!file) {
      io.err(t('cli.needFile'));
      return 2;
    }
    const preview = await previewArgFile(api, file, io, {
      ...(typeof values.base === 'string' ? { baseCurrency: values.base.toUpperCase() } : {}),
      ...(typeof values.fx === 'string' ? { fxUsdPerUnit: parseFx(values.fx) } : {}),
    });
    if (!preview) return 2;
    if (values.json) io.out(JSON.stringify(previewJson(preview), null, 2));
    else {
      const table = portfolioTable({ portfolio: preview.portfolio, valuation: preview.valuation });
      io.out([t('import.format', { format: formatName(preview.format) }), '', table, '', issuesText(preview.issues)].join('\n'));
    }
    if (typeof values.save === 'string') {
      const existing = (await api['portfolios.list']({})).portfolios.find((p) => p.name === values.save);
      const saved = await api['imports.confirm']({ previewId: preview.previewId, name: values.save, ...(existing ? { replaceId: existing.id } : {}) });
      io.err(t(existing ? 'cli.savedReplacing' : 'cli.saved', { name: saved.portfolio.name, id: saved.portfolio.id }));
    }
    return 0;
  },
};
