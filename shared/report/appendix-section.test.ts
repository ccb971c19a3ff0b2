import { describe, expect, it } from 'vitest';
import { buildReportHtml } from './build-report-html';
import { fixtureHoldings, fixtureRun } from './report-fixture';

const appendixOf = (html: string): string => html.slice(html.indexOf('Appendix: every holding'));

describe('the holdings appendix', () => {
  it('shows a bond’s quantity as face value and its price in % of par, with a note; other holdings as before', () => {
    // The fixture's MARA note as the importer reads it: 20,000 face at 86.50 → 20,000 × 86.50 / 100 = 17,300.
    const holdings = fixtureHoldings().map((h) => (h.symbol === 'MARA 2031' ? { ...h, quantity: 20_000, price: 86.5, faceValue: 20_000 } : h));
    const html = appendixOf(buildReportHtml({ runs: [fixtureRun({ holdings })], paper: 'a4', exportedAt: '2026-02-03T04:05:06.000Z', appName: 'Aftershock' }));
    expect(html).toContain('20,000 face');
    expect(html).toContain('86.50 % of par');
    expect(html).toContain('Bonds: the quantity is the face value and the price is in % of par (value = face × price ÷ 100).');
    // NVDA: 300 shares at 200 USD, no unit words.
    expect(html).toContain('>300<');
    expect(html).toContain('200.00 USD');
    expect(html).not.toContain('300 face');
  });

  it('has no bond note when the book has no bond', () => {
    const html = appendixOf(buildReportHtml({ runs: [fixtureRun()], paper: 'a4', exportedAt: '2026-02-03T04:05:06.000Z', appName: 'Aftershock' }));
    expect(html).not.toContain('% of par');
    expect(html).not.toContain(' face<');
  });
});
