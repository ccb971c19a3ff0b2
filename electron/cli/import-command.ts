import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { MAX_IMPORT_BYTES, type ImportPreview } from '../../shared/api';
import type { CliCommand } from './cli-command';
import { issuesText, portfolioJson, portfolioTable } from './cli-output';

/** `--fx EUR=1.15,HKD=0.128` → { EUR: 1.15, HKD: 0.128 } (US dollars per unit); a sentence on a bad part. */
export function parseFx(text: string): Record<string, number> {
  return Object.fromEntries(
    text
      .split(',')
      .filter((part) => part.trim() !== '')
      .map((part) => {
        const match = /^\s*([A-Za-z]{3})\s*=\s*([0-9]*\.?[0-9]+)\s*$/.exec(part);
        if (!match || !(Number(match[2]) > 0)) throw new Error(`--fx takes CODE=USD-per-unit pairs such as EUR=1.15,HKD=0.128; "${part}" is not one.`);
        return [match[1]!.toUpperCase(), Number(match[2])];
      }),
  );
}

/** The JSON the issue specifies: format, base currency, holdings with base values and tags, issues, total. */
function previewJson(preview: Extract<ImportPreview, { ok: true }>) {
  const view = portfolioJson({ portfolio: preview.portfolio, valuation: preview.valuation });
  return {
    format: preview.format,
    baseCurrency: view.baseCurrency,
    holdings: view.holdings,
    issues: preview.issues.map((i) => ({ line: i.line, severity: i.severity, message: i.message, ...(i.value !== undefined ? { value: i.value } : {}) })),
    checkFigures: preview.checkFigures,
    totalBase: view.totalBase,
    missingFx: view.missingFx,
  };
}

export const importCommand: CliCommand = {
  usage: 'import FILE [--json] [--base USD] [--fx EUR=1.15,HKD=0.128] [--save NAME]',
  summary: 'Read a broker CSV and show its holdings and every problem; --save NAME keeps it as a portfolio.',
  options: { base: { type: 'string' }, fx: { type: 'string' }, save: { type: 'string' } },
  run: async (api, { values, positionals }, io) => {
    const file = positionals[0];
    if (!file) {
      io.err('Name the CSV file to import: import FILE.');
      return 2;
    }
    let bytes: Buffer;
    try {
      if (statSync(file).size > MAX_IMPORT_BYTES) throw new Error(`${file} is larger than 50 MB and is refused.`);
      bytes = readFileSync(file);
    } catch (err) {
      io.err(err instanceof Error && 'code' in err ? `Cannot read ${file}: ${(err as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : err.message}.` : String((err as Error).message));
      return 2;
    }
    const preview = await api['imports.preview']({
      fileName: basename(file),
      dataBase64: bytes.toString('base64'),
      ...(typeof values.base === 'string' ? { baseCurrency: values.base.toUpperCase() } : {}),
      ...(typeof values.fx === 'string' ? { fxUsdPerUnit: parseFx(values.fx) } : {}),
    });
    if (!preview.ok) {
      io.err(`${file}: ${preview.reason}`);
      return 2;
    }
    if (values.json) io.out(JSON.stringify(previewJson(preview), null, 2));
    else io.out([portfolioTable({ portfolio: preview.portfolio, valuation: preview.valuation }), '', issuesText(preview.issues)].join('\n'));
    if (typeof values.save === 'string') {
      const existing = (await api['portfolios.list']({})).portfolios.find((p) => p.name === values.save);
      const saved = await api['imports.confirm']({ previewId: preview.previewId, name: values.save, ...(existing ? { replaceId: existing.id } : {}) });
      io.err(`Saved as portfolio "${saved.portfolio.name}" (${saved.portfolio.id})${existing ? ', replacing its holdings' : ''}.`);
    }
    return 0;
  },
};
