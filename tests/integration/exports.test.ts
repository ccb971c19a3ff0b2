import { describe, expect, it } from 'vitest';
import { CSV_TABLES } from '../../shared/api';
import { runJson } from '../../shared/export/run-json';
import { freshDataDir, openBackend, runAndWait } from './backend-helpers';

/** A broker file whose texts are spreadsheet formulas: names, an account, a symbol that could run in Excel. */
const HOSTILE_CSV = [
  'account,symbol,name,quantity,price,currency',
  '@SUM(1+1),NVDA,"=HYPERLINK(""http://x"")",100,180,USD',
  'Brokerage,IBIT,"+cmd|\' /C calc\'!A0",400,50,USD',
  'Brokerage,ARCC,-2+3,500,20,USD',
  'Brokerage,SPY,"=1+2, and more",10,600,USD',
  'Brokerage,USD,US Dollar cash,5000,1,USD',
  'Brokerage,MARGIN LOAN,Margin loan balance,-20000,1,USD',
  '',
].join('\n');

/** Cells of an RFC 4180 CSV (quotes doubled, CRLF rows), each with whether it was quoted. */
function cells(text: string): { value: string; quoted: boolean }[][] {
  const rows: { value: string; quoted: boolean }[][] = [];
  let row: { value: string; quoted: boolean }[] = [];
  let value = '';
  let quoted = false;
  let inQuotes = false;
  const end = () => {
    row.push({ value, quoted });
    value = '';
    quoted = false;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (inQuotes && c === '"' && text[i + 1] === '"') {
      value += '"';
      i++;
    } else if (inQuotes && c === '"') inQuotes = false;
    else if (inQuotes) value += c;
    else if (c === '"') inQuotes = quoted = true;
    else if (c === ',') end();
    else if (c === '\r' && text[i + 1] === '\n') {
      end();
      rows.push(row);
      row = [];
      i++;
    } else value += c;
  }
  return rows;
}

describe('data exports of a saved run', () => {
  it('neutralise formula-like texts from an imported CSV in every CSV export, and keep numbers as numbers', { timeout: 120_000 }, async () => {
    const api = openBackend(freshDataDir());
    try {
      const preview = await api['imports.preview']({ fileName: 'hostile.csv', dataBase64: Buffer.from(HOSTILE_CSV).toString('base64') });
      if (!preview.ok) throw new Error(preview.reason);
      const names = preview.portfolio.holdings.map((h) => h.name);
      expect(names).toContain('=HYPERLINK("http://x")');
      const { portfolio } = await api['imports.confirm']({ previewId: preview.previewId, name: '=cmd() book' });
      const run = await runAndWait(api, { portfolioId: portfolio.id, scenarioId: 'ai-capex-bust-ease', paths: 500 });
      expect(run.status).toBe('done');

      for (const what of CSV_TABLES) {
        const { text, fileName } = await api['exports.csv']({ runId: run.runId, what });
        expect(fileName).toMatch(new RegExp(`^aftershock-${what}-cmd-book-[0-9a-f]{8}\\.csv$`));
        const rows = cells(text);
        expect(rows.length).toBeGreaterThan(1);
        for (const row of rows) {
          expect(row).toHaveLength(rows[0]!.length);
          for (const cell of row) {
            // A spreadsheet runs a cell that starts with = + - @ tab CR LF — unless it is a plain number.
            if (/^[=+\-@\t\r\n]/.test(cell.value)) expect(cell.value, `${what}: ${cell.value}`).toMatch(/^-\d+(\.\d+)?(e-?\d+)?$/);
            if (/^-\d/.test(cell.value)) expect(cell.quoted).toBe(false);
          }
        }
      }

      const holdings = (await api['exports.csv']({ runId: run.runId, what: 'holdings' })).text;
      expect(holdings).toContain(`"'=HYPERLINK(""http://x"")"`);
      expect(holdings).toContain(`"'@SUM(1+1)"`);
      expect(holdings).toContain(`"'+cmd|' /C calc'!A0"`);
      expect(holdings).toContain(`"'-2+3"`);
      expect(holdings).toContain(`"'=1+2, and more"`);
      // The margin loan: negative numbers, unquoted.
      expect(holdings).toMatch(/\r\nBrokerage,MARGIN LOAN,Margin loan balance,USD,-20000,1,-20000,-20000,USD,/);

      const json = await api['exports.json']({ runId: run.runId });
      expect(JSON.parse(json.text)).toEqual(JSON.parse(JSON.stringify(runJson(await api['runs.get']({ runId: run.runId })))));

      // The report shows the same names as text, escaped.
      const { html } = await api['reports.html']({ runIds: [run.runId], paper: 'a4' });
      expect(html).toContain('=HYPERLINK(&quot;http://x&quot;)');
      expect(html).not.toContain('=HYPERLINK("http://x")');
    } finally {
      api.dispose();
    }
  });

  it('explain an unknown run and a bad table name', async () => {
    const api = openBackend(freshDataDir());
    try {
      await expect(api['exports.csv']({ runId: 'nope', what: 'holdings' })).rejects.toThrow(/nope/);
      await expect(api['exports.csv']({ runId: 'nope', what: 'everything' as 'holdings' })).rejects.toThrow(/what/);
      await expect(api['reports.html']({ runIds: ['a', 'a'], paper: 'a4' })).rejects.toThrow(/only once/);
      await expect(api['reports.html']({ runIds: ['a', 'b', 'c', 'd', 'e'], paper: 'a4' })).rejects.toThrow(/runIds/);
    } finally {
      api.dispose();
    }
  });
});
