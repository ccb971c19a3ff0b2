import { describe, expect, it } from 'vitest';
import { asCited } from '../domain/citation';
import { DEFAULT_SOURCES } from '../sources/default-sources';
import { buildReportHtml } from './build-report-html';
import { escapeHtml } from './html';
import { fixtureHoldings, fixtureRun, fixtureScenario } from './report-fixture';

const exportedAt = '2026-02-03T04:05:06.000Z';
const one = fixtureRun();
const build = (over: Partial<Parameters<typeof buildReportHtml>[0]> = {}) => buildReportHtml({ runs: [one], paper: 'a4', exportedAt, appName: 'Aftershock', ...over });

describe('the report document', () => {
  it('is one self-contained page: inline style and SVG, no script, no external resource', () => {
    const html = build();
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).toContain('<style>');
    expect(html).toContain('<svg xmlns="http://www.w3.org/2000/svg"');
    expect(html).not.toMatch(/<script|<link|<img|<iframe|\son\w+=|javascript:/i);
    expect(html).not.toMatch(/\ssrc=/i);
    // Links: to the list of sources cited further down, and out to a cited source's page (only when clicked).
    const sourceUrls = new Set(Object.values(DEFAULT_SOURCES.sources).flatMap((s) => (s.url ? [escapeHtml(s.url)] : [])));
    const hrefs = [...html.matchAll(/\shref="([^"]*)"/g)].map((m) => m[1]!);
    expect(hrefs.length).toBeGreaterThan(0);
    for (const href of hrefs) expect(/^#source-\d+-\d+$/.test(href) || sourceUrls.has(href), href).toBe(true);
    // Other URLs: the SVG namespace (never fetched), a holding's name shown as text, and the cited links as text.
    let rest = html.replaceAll('xmlns="http://www.w3.org/2000/svg"', '').replaceAll('=HYPERLINK(&quot;http://x&quot;)', '');
    for (const url of sourceUrls) rest = rest.replaceAll(url, '');
    expect(rest).not.toMatch(/https?:/);
    expect(html).toContain('http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;; style-src &#39;unsafe-inline&#39;; img-src data:"');
  });

  it('names the factor model on the cover: the built-in one, or the saved fit the run used', () => {
    expect(build()).toMatch(/Factor model<\/dt>\s*<dd>Built-in \(the default assumptions\)/);
    const fitted = { ...one, record: { ...one.record, meta: { ...one.record.meta, factorModel: { id: 'model-1', name: 'My <fit>' } } } };
    expect(build({ runs: [fitted] })).toMatch(/Factor model<\/dt>\s*<dd>My &lt;fit&gt;/);
  });

  it('escapes every user text: holding names, accounts, portfolio name', () => {
    const html = build();
    expect(html).not.toContain('<b>"Evil"');
    expect(html).toContain('&lt;b&gt;&quot;Evil&quot; &amp; Co&lt;/b&gt;');
    expect(html).toContain('=HYPERLINK(&quot;http://x&quot;)');
    expect(html).toContain('Fixture &lt;book&gt;');
    expect(html).not.toContain('Fixture <book>');
  });

  it('has the cover, every section, the seed, the hash and every source line', () => {
    const html = build();
    for (const heading of ['Stress report', 'Summary', 'Phase one: the shock', 'Phase two: recovery and liquidity', 'Assumptions', 'Appendix: every holding']) {
      expect(html).toContain(heading);
    }
    for (const part of ['Loss by exposure', 'From the start value to the shocked value', 'Loss distribution', 'Top 10 holdings by loss', 'Margin call', 'Value fan', 'Recovery probability by week', 'Liquidity ladder', 'Cash need', 'Your overrides', 'Instrument defaults per exposure']) {
      expect(html).toContain(`<h3>${part}</h3>`);
    }
    expect(html).toContain('>7<');
    expect(html).toContain('f'.repeat(64));
    expect(html).toContain('9.9.9');
    for (const line of one.record.meta.scenario.sources) expect(html).toContain(escapeHtml(asCited(line).text));
    // The override is listed with the tags it replaced.
    expect(html).toMatch(/MARA 2031<\/td><td>Test<\/td><td>Miner debt<\/td><td>Credit<\/td>/);
  });

  it('cites sources by number, each listed with its publication, date, quoted figure and a clickable link', () => {
    const html = build();
    // The fixture's AI_EQ line cites nvda-2022: [1] beside it in the shocks table and the sources list.
    // Statements and citations are quoted as written (translate="no"); only the frame around them is translated.
    expect(html).toContain('the fixture’s first source line</span><sup class="cite">[<a href="#source-1-1">1</a>]</sup>');
    expect(html).toContain('<span translate="no">Everything else</span>. <em class="assumption">Assumption — no published figure.</em>');
    const nvda = DEFAULT_SOURCES.sources['nvda-2022']!;
    expect(html).toContain(`<li id="source-1-1" translate="no">tw.news.yahoo.com, 2022: “${escapeHtml(nvda.fact)}” <a href="${nvda.url}" class="link">${nvda.url}</a></li>`);
    // The built-in regime's bases cite too, numbered after the scenario's (the ease regime's first is recovery-2020).
    expect(html).toMatch(/<h3>Sources cited<\/h3>/);
    expect(html).toContain('<li id="source-1-2" translate="no">publication not recorded, 2020: “Nasdaq back to a record on 5 Jun 2020');
    expect(html).not.toMatch(/calibration\.md|\(sec\)/);
  });

  it('cites the instrument defaults parameter by parameter, and names no file of the app', () => {
    const html = build();
    // Miner debt's fire-sale haircut rests on four sources; its liquidity horizon on the FRTB horizons.
    const minerDebt = [...html.matchAll(/<td>Miner debt<\/td>.*?<\/tr>/g)].map((m) => m[0]).find((row) => row.includes('fireSaleHaircut')) ?? '';
    expect(minerDebt).toMatch(/fireSaleHaircut 0\.5<\/span><sup class="cite">\[(<a href="#source-1-\d+">\d+<\/a>,?){4}\]<\/sup>/);
    expect(minerDebt).toMatch(/liquidityHorizonDays 120<\/span><sup class="cite">\[<a href="#source-1-\d+">\d+<\/a>\]<\/sup>/);
    // The list of sources cited closes the assumptions and holds every number used.
    const numbers = new Set([...html.matchAll(/href="#source-1-(\d+)"/g)].map((m) => m[1]));
    for (const n of numbers) expect(html, `source ${n}`).toContain(`<li id="source-1-${n}" translate="no">`);
    expect(html).not.toMatch(/resources\/|\.json\b/);
  });

  it('says where each FX rate came from: the imported file’s own rate, a built-in default — never a file path of the app', () => {
    const base = fixtureRun();
    const eur = { ...base.inputs.portfolio.holdings[0]!, id: 'eur-1', symbol: 'SAP', currency: 'EUR' };
    const hkd = { ...eur, id: 'hkd-1', symbol: '0700', currency: 'HKD' };
    const inputs = {
      portfolio: { ...base.inputs.portfolio, holdings: [...base.inputs.portfolio.holdings, eur, hkd], fileFx: { base: 'USD', rates: { EUR: 1.15 } } },
      valuation: { baseCurrency: 'USD', fxRates: { HKD: { usdPerUnit: 0.1282, asOf: '2026-11-20', source: 'HKMA peg midpoint 7.80', origin: { kind: 'default' as const } } } },
    };
    const html = buildReportHtml({ runs: [{ ...base, inputs }], paper: 'a4', exportedAt, appName: 'Aftershock' });
    expect(html).toContain('<td>EUR</td><td class="num">1.15</td><td></td><td>from the imported file fixture.csv on Jan 1, 2026</td>');
    expect(html).toContain('<td>HKD</td><td class="num">0.1282</td><td>2026-11-20</td><td>built-in default of Nov 20, 2026 (HKMA peg midpoint 7.80)</td>');
  });

  it('reads the plausibility as normal-model odds, with the caveat and the built-ins’ range for scale', () => {
    const html = build({ references: [{ id: 'x', name: 'Flash', sigma: 3.94 }, { id: 'x', name: 'Replay', sigma: 15.03 }] });
    const { sigma } = one.record.result.phaseOne.plausibility;
    expect(html).toContain(`<h3>Plausibility of the shock</h3><div class="keep"><p>d = ${sigma.toFixed(1)}: if the model’s normal distribution were right`);
    expect(html).toContain('the normal model badly understates crash odds');
    expect(html).toContain('For scale, the built-in scenarios range from d = 3.9 (“Flash”) to d = 15.0 (“Replay”).');
    expect(html).not.toMatch(/e\+\d\d years/);
  });

  it('marks core and propagated factor moves', () => {
    const html = build();
    expect(html).toMatch(/<td>AI_EQ<\/td><td>AI equities<\/td><td class="num">-40.0%<\/td><td>core shock<\/td>/);
    expect(html).toMatch(/<td>EQ<\/td><td>Broad equities<\/td><td class="num">[^<]+<\/td><td>propagated<\/td>/);
  });

  it('is the same byte for byte on every export but for the export time', () => {
    expect(build()).toBe(build());
    const later = build({ exportedAt: '2027-12-31T23:59:00.000Z' });
    expect(later).not.toBe(build());
    expect(later.replace('Dec 31, 2027, 23:59 UTC', 'X')).toBe(build().replace('Feb 3, 2026, 04:05 UTC', 'X'));
  });

  it('sets the paper size and who draws the page footer', () => {
    expect(build()).toContain('size:A4 portrait');
    expect(build({ paper: 'letter' })).toContain('size:letter portrait');
    expect(build()).toContain('@bottom-right{content:"Page " counter(page) " of " counter(pages) ""');
    expect(build({ footer: 'printer' })).not.toContain('@bottom-right');
  });

  it('compares two to four runs side by side, then each run in full', () => {
    const two = fixtureRun({ runId: '0123abcd-0000-4000-8000-000000000002', scenario: fixtureScenario({ name: 'Second <story>', regime: 'no-ease', seed: 9 }) });
    const html = build({ runs: [one, two] });
    expect(html).toContain('Stress report: 2 runs compared');
    expect(html).toContain('<h2>Comparison</h2>');
    expect(html).toContain('Second &lt;story&gt;');
    expect(html.match(/<h2>Phase one: the shock<\/h2>/g)).toHaveLength(2);
    expect(html.match(/<h2>Appendix: every holding<\/h2>/g)).toHaveLength(2);
    expect(html).toContain('Run B — Second &lt;story&gt;');
    expect(() => build({ runs: [] })).toThrow(/one saved run, or compares two to four/);
  });

  it('deducts the margin loan in the ladder and says it is repaid first out of the cash raised; says nothing of a loan without one', () => {
    const loan = one.record.result.phaseTwo.liquidityLadder.loan ?? 0;
    expect(loan).toBeGreaterThan(0);
    const html = build();
    expect(html).toContain(`Cash raisable is before repaying the margin loan of $${Math.round(loan).toLocaleString('en-US')}: the loan is repaid first out of the cash raised`);
    // The loan and the free cash after it, day by day, in the ladder's table.
    const ladder = one.record.result.phaseTwo.liquidityLadder;
    const money = (v: number) => `${v < 0 ? '-' : ''}$${Math.round(Math.abs(v)).toLocaleString('en-US')}`;
    expect(html).toContain(`<td>Day 1</td><td class="num">${money(ladder.cashRaisable[0]!)}</td><td class="num">${money(-loan)}</td><td class="num">${money(ladder.cashRaisable[0]! - loan)}</td>`);
    expect(html).toContain('<th class="num" scope="col">Minus margin loan</th>');
    expect(html).toContain('<td>Free cash after the loan</td>');
    expect(html).toContain('<pattern id="hatch-ladder"');
    const none = build({ runs: [fixtureRun({ holdings: fixtureHoldings().filter((h) => h.symbol !== 'LOAN') })] });
    expect(none).not.toMatch(/margin loan of|Minus margin loan|Free cash after the loan|<pattern/);
    // Two runs on one page: each ladder has its own hatch.
    const two = build({ runs: [one, fixtureRun({ runId: '0123abcd-0000-4000-8000-000000000002' })] });
    expect(two).toContain('<pattern id="hatch-ladderA"');
    expect(two).toContain('<pattern id="hatch-ladderB"');
    // …and the comparison's cash table adds each run's free cash after its loan, and says the loan is repaid first.
    expect(two).toContain('<th class="num" scope="col">Run B: free cash after the loan</th>');
    expect(two).toContain('A run’s cash raisable is before repaying its margin loan: the loan is repaid first out of the cash raised');
  });

  it('shows nothing of a loan for a run saved before the ladder carried it (the loan unknown, not zero)', () => {
    const old = fixtureRun({ runId: '0123abcd-0000-4000-8000-000000000003' });
    delete old.record.result.phaseTwo.liquidityLadder.loan;
    const html = build({ runs: [old] });
    expect(html).toContain('<h3>Liquidity ladder</h3>');
    expect(html).not.toMatch(/margin loan of|Minus margin loan|Free cash after the loan|<pattern/);
    // Compared with a run that has one: only that run gets a free-cash column.
    const two = build({ runs: [one, old] });
    expect(two).toContain('<th class="num" scope="col">Run A: free cash after the loan</th>');
    expect(two).not.toContain('Run B: free cash after the loan');
  });

  it('marks the mean, VaR and ES on the histogram with their amounts, in the screen’s tones', () => {
    const p1 = one.record.result.phaseOne;
    const html = build();
    const compact = (v: number) => new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', notation: 'compact', maximumFractionDigits: 1 }).format(v);
    for (const [label, value, color] of [['Mean', p1.meanLoss, '#5d6673'], ['VaR 95%', p1.var95, '#7a4b00'], ['VaR 99%', p1.var99, '#b3261e'], ['ES 97.5%', p1.es975, '#1b2028']] as const) {
      expect(html, label).toContain(`fill="${color}" font-weight="bold">${label}: ${compact(value)}</text>`);
    }
  });

  it('titles the axes of its charts with their units', () => {
    const html = build();
    for (const title of ['Loss (USD)', 'Exposure', 'Holding', 'Value (USD)', 'Paths', 'Probability', 'Day of selling', 'Cash (USD)', 'Step, largest loss first']) {
      expect(html, title).toContain(`>${title}</text>`);
    }
  });

  it('handles a run with no Monte Carlo paths', () => {
    const html = build({ runs: [fixtureRun({ scenario: fixtureScenario({ paths: 0 }) })] });
    expect(html).toContain('evaluated the deterministic mean path only');
    expect(html).not.toMatch(/NaN|Infinity/);
  });
});
