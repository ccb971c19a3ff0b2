import { describe, expect, it } from 'vitest';
import { findChromium } from '../../electron/backend/chromium-printer';
import { freshDataDir, openBackend, runAndWait } from './backend-helpers';
import { asCited } from '../../shared/domain/citation';
import { firstWords, hasPoppler, readPdf } from './pdf-tools';

const canPrint = findChromium() !== null && hasPoppler();
if (!canPrint) console.log('[report-pdf] skipped: no Chromium or no poppler-utils (pdfinfo, pdftotext) on this machine.');

const SECTIONS = ['Summary', 'Phase one: the shock', 'Phase two: recovery and liquidity', 'Assumptions', 'Appendix: every holding'];
const PARTS = ['Loss by exposure', 'From the start value to the shocked value', 'Loss distribution', 'Top 10 holdings by loss', 'Margin call', 'Value fan', 'Recovery probability by week', 'Liquidity ladder', 'Factor shocks and their sources', 'Factor moves: core and propagated', 'Instrument defaults per exposure', 'Your overrides'];

describe.skipIf(!canPrint)('the PDF report, printed by Chromium', () => {
  it('prints a saved run with its cover, every section, the seed, the hash and the scenario’s sources', { timeout: 120_000 }, async () => {
    const api = openBackend(freshDataDir());
    try {
      const run = await runAndWait(api, { scenarioId: 'ai-capex-bust-ease', paths: 2000 });
      expect(run.status).toBe('done');
      const record = await api['runs.get']({ runId: run.runId });
      const { base64, fileName } = await api['reports.pdf']({ runIds: [run.runId], paper: 'a4' });
      expect(fileName).toMatch(/^aftershock-report-[a-z0-9-]+\.pdf$/);
      const pdf = readPdf(base64);
      expect(pdf.pages).toBeGreaterThan(3);
      expect(pdf.pageSize).toMatch(/\(A4\)/);
      expect(pdf.title).toContain('Stress report');
      const { flat } = pdf;
      // The cover.
      for (const field of [
        'Stress report',
        record.meta.portfolioName,
        record.meta.scenario.name,
        'Base currency USD',
        'Total value (net) $238,600.33',
        `Seed ${record.meta.seed}`,
        'Monte Carlo paths 2,000',
        `App version ${record.meta.appVersion}`,
        record.meta.inputHash,
        record.runId,
      ]) {
        expect(flat).toContain(field);
      }
      for (const heading of [...SECTIONS, ...PARTS]) expect(flat).toContain(heading);
      for (const line of record.meta.scenario.sources) expect(flat).toContain(firstWords(asCited(line).text));
      // The footer on every page: the disclaimer and the page number.
      const pages = pdf.text.split('\f').filter((p) => p.trim() !== '');
      expect(pages).toHaveLength(pdf.pages);
      pages.forEach((page, i) => {
        expect(page).toContain('a model, not a forecast; not investment advice.');
        expect(page.replace(/\s+/g, ' ')).toContain(`Page ${i + 1} of ${pdf.pages}`);
      });
    } finally {
      api.dispose();
    }
  });

  it('prints a comparison of two runs on Letter paper', { timeout: 120_000 }, async () => {
    const api = openBackend(freshDataDir());
    try {
      const ease = await runAndWait(api, { scenarioId: 'ai-capex-bust-ease', paths: 2000, seed: 1 });
      const noEase = await runAndWait(api, { scenarioId: 'ai-capex-bust-no-ease', paths: 2000, seed: 2 });
      const records = await Promise.all([ease, noEase].map((r) => api['runs.get']({ runId: r.runId })));
      const { base64, fileName } = await api['reports.pdf']({ runIds: [ease.runId, noEase.runId], paper: 'letter' });
      expect(fileName).toMatch(/^aftershock-comparison-.+\.pdf$/);
      const pdf = readPdf(base64);
      expect(pdf.pageSize).toMatch(/^612 x 792 pts/);
      expect(pdf.pages).toBeGreaterThan(6);
      const { flat } = pdf;
      expect(flat).toContain('Stress report: 2 runs compared');
      for (const heading of ['Comparison', 'Median value path', 'Cash raisable by day', ...SECTIONS]) expect(flat).toContain(heading);
      expect(flat).toContain('Run A');
      expect(flat).toContain('Run B');
      for (const record of records) {
        expect(flat).toContain(record.meta.scenario.name);
        expect(flat).toContain(record.meta.inputHash.slice(0, 16));
        for (const line of record.meta.scenario.sources) expect(flat).toContain(firstWords(asCited(line).text));
      }
      expect(flat).toMatch(/Seed 1 2\b/);
      // Each run gets its own phase one, phase two, assumptions and appendix.
      expect(flat.split('Phase one: the shock').length - 1).toBeGreaterThanOrEqual(2);
      expect(flat.split('Appendix: every holding').length - 1).toBe(2);
    } finally {
      api.dispose();
    }
  });

  it('gives the same report on every export, but for the export time', { timeout: 120_000 }, async () => {
    const dir = freshDataDir();
    let api = openBackend(dir);
    const run = await runAndWait(api, { scenarioId: 'ai-capex-bust-no-ease', paths: 1000 });
    const first = await api['reports.html']({ runIds: [run.runId], paper: 'a4' });
    const again = await api['reports.html']({ runIds: [run.runId], paper: 'a4' });
    api.dispose();
    // Read back from its file by a fresh back end: the same document.
    api = openBackend(dir);
    const reopened = await api['reports.html']({ runIds: [run.runId], paper: 'a4' });
    const pdfs = [await api['reports.pdf']({ runIds: [run.runId], paper: 'a4' }), await api['reports.pdf']({ runIds: [run.runId], paper: 'a4' })];
    api.dispose();
    const timeless = (html: string) => html.replace(/Exported [^<]+ UTC\./, 'Exported —.');
    expect(timeless(first.html)).not.toBe(first.html);
    expect(timeless(again.html)).toBe(timeless(first.html));
    expect(timeless(reopened.html)).toBe(timeless(first.html));
    expect(reopened.fileName).toBe(first.fileName);
    const texts = pdfs.map((p) => readPdf(p.base64).text.replace(/Exported [^\n]+ UTC\./, 'Exported —.'));
    expect(texts[1]).toBe(texts[0]);
  });
});
