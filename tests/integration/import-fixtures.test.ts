import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Holding } from '../../shared/domain/holding';
import { ImportIssue, type Portfolio } from '../../shared/domain/portfolio';
import { valuePortfolio } from '../../shared/domain/valuation';
import { importHoldings, type ImportOutcome } from '../../shared/import';

/** Fixture expectations, as written in tests/fixtures/import/{expected,extra/expected}.json. */
type ExpectedHolding = {
  symbol: string;
  name?: string;
  quantity: number | null;
  marketValue: number;
  currency: string;
  account?: string;
  tag?: string;
  tagOneOf?: string[];
  line?: number;
};
type ExpectedFile = {
  file: string;
  holdings: ExpectedHolding[];
  format?: string;
  fx?: Record<string, number>;
  netAssetValueBase?: number;
  accountTotal?: number;
  /** Every remark, in order; a message, when given, must be exactly the one shown. */
  issues?: Array<{ line: number | null; severity: string; message?: string }>;
  checkFigures?: Array<{ line: number; expected: number; actual: number }>;
};
type NotOk =
  | { outcome: 'rejected'; why: string }
  | { outcome: 'partial'; holdingsOk: string[]; rowErrors: Array<{ line: number; about: string }>; why: string };

const root = new URL('../fixtures/import/', import.meta.url);
const readJson = <T>(path: string): T => JSON.parse(readFileSync(new URL(path, root), 'utf8')) as T;
const load = (path: string): ImportOutcome => importHoldings(new Uint8Array(readFileSync(new URL(path, root))), { fileName: path.split('/').pop() ?? path });
const cents = (units: number): number => Math.round(units * 100);

/**
 * expected.json mirrors the shared fixtures' expectations (/work/shared/fixtures/import), written before regional
 * equity tags existed: they say `equity` for the Futu export's Hong Kong holdings, which our rules now tag
 * `equity_cn` (resources/exposure-rules.json). A regional equity tag satisfies an expected `equity`; anything else
 * must match exactly. The regional tags themselves are checked below ('futu-cn.csv: Hong Kong holdings').
 */
const REGIONAL_EQUITY = ['equity_cn', 'equity_eu', 'equity_jp'];
const sameTag = (want: string) => (got: string | undefined): string | undefined =>
  want === 'equity' && got !== undefined && REGIONAL_EQUITY.includes(got) ? 'equity' : got;

const okFiles = Object.values(readJson<Record<string, ExpectedFile>>('expected.json'));
const extraFiles = Object.values(readJson<Record<string, ExpectedFile>>('extra/expected.json'));

describe.each([...okFiles, ...extraFiles])('$file', (expected) => {
  const outcome = load(expected.file);
  const ok = (): Extract<ImportOutcome, { ok: true }> => {
    if (!outcome.ok) throw new Error(outcome.reason);
    return outcome;
  };

  it('imports exactly the expected holdings, in file order, valid against the domain schema', () => {
    const { holdings } = ok();
    expect(holdings.map((h) => h.symbol)).toEqual(expected.holdings.map((h) => h.symbol));
    for (const h of holdings) expect(Holding.safeParse(h).success, h.symbol).toBe(true);
    for (const i of ok().issues) expect(ImportIssue.safeParse(i).success).toBe(true);
    if (expected.format) expect(ok().format).toBe(expected.format);
  });

  it.each(expected.holdings.map((h, i) => [h.symbol, i] as const))('%s: quantity, value to the cent, currency, account, tag', (_symbol, index) => {
    const want = expected.holdings[index];
    const got = ok().holdings[index];
    if (!want || !got) throw new Error('missing holding');
    expect(got.quantity).toBe(want.quantity);
    expect(got.marketValueCents).toBe(cents(want.marketValue));
    expect(got.currency).toBe(want.currency);
    if (want.account !== undefined) expect(got.account).toBe(want.account);
    if (want.line !== undefined) expect(got.line).toBe(want.line);
    if (want.name !== undefined) expect(got.name).toBe(want.name);
    const tags = got.exposures.map((e) => e.tag);
    if (want.tag) expect(tags.map(sameTag(want.tag))).toEqual([want.tag]);
    if (want.tagOneOf) expect(want.tagOneOf.some((w) => sameTag(w)(tags[0]) === w)).toBe(true);
    expect(got.exposures.reduce((a, e) => a + e.weight, 0)).toBeCloseTo(1, 9);
  });

  if (expected.fx) it("takes FX from the file's own rates", () => {
    expect(ok().fileFx?.rates).toMatchObject(expected.fx ?? {});
  });

  if (expected.netAssetValueBase !== undefined) it('sums to the NAV total in the base currency (within the 1 cent of per-row rounding)', () => {
    const r = ok();
    const nav = cents(expected.netAssetValueBase ?? 0);
    const nameless: Portfolio = { id: 'x', name: 'x', source: { fileName: '', format: r.format, importedAt: '' }, holdings: r.holdings, fileFx: r.fileFx, issues: [], updatedAt: '' };
    const valuation = valuePortfolio(nameless, { baseCurrency: r.fileFx?.base ?? 'USD', fxRates: {} });
    // IBKR rounds EUR 530.21 × 1.1536 = 611.650… to 611.66 in its own NAV; converting each holding half-even gives 611.65.
    expect(Math.abs(valuation.totalBaseCents - nav)).toBeLessThanOrEqual(1);
    expect(r.checkFigures.find((c) => /Net Asset Value/.test(c.label))?.expectedCents).toBe(nav);
    expect(r.issues.filter((i) => i.severity === 'warning')).toEqual([]);
  });

  if (expected.accountTotal !== undefined) it('the holdings sum to the Account Total check figure', () => {
    const figure = ok().checkFigures.find((c) => c.label === 'Account Total');
    expect(figure).toMatchObject({ expectedCents: cents(expected.accountTotal ?? 0), actualCents: cents(expected.accountTotal ?? 0) });
  });

  if (expected.issues) it('reports the expected line remarks', () => {
    const wanted = expected.issues ?? [];
    expect(ok().issues.map((i) => ({ line: i.line, severity: i.severity }))).toEqual(wanted.map(({ line, severity }) => ({ line, severity })));
    wanted.forEach((want, i) => {
      if (want.message !== undefined) expect(ok().issues[i]?.message).toBe(want.message);
    });
  });

  if (expected.checkFigures) it('states the expected check figures', () => {
    expect(ok().checkFigures.map((c) => ({ line: c.line, expected: c.expectedCents / 100, actual: c.actualCents / 100 }))).toEqual(expected.checkFigures);
  });

  it('raises no errors, and no warnings but those expected.json lists', () => {
    const warned = (expected.issues ?? []).filter((i) => i.severity === 'warning').map((i) => i.line);
    expect(ok().issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(ok().issues.filter((i) => i.severity === 'warning').map((i) => i.line)).toEqual(warned);
  });
});

describe('futu-cn.csv: Hong Kong holdings', () => {
  it('tags the five-digit Hong Kong codes China / Hong Kong equity, in HKD, and leaves the US shares as they were', () => {
    const outcome = load('ok/futu-cn.csv');
    if (!outcome.ok) throw new Error(outcome.reason);
    const bySymbol = new Map(outcome.holdings.map((h) => [h.symbol, h]));
    for (const symbol of ['00700', '09988']) {
      const h = bySymbol.get(symbol)!;
      expect(h.currency).toBe('HKD');
      expect(h.exposures).toEqual([{ tag: 'equity_cn', weight: 1, source: { kind: 'rule', detail: 'five-digit Hong Kong code (00700)' } }]);
    }
    expect(bySymbol.get('NVDA')?.exposures.map((e) => e.tag)).toEqual(['ai_equity']);
    expect(bySymbol.get('MARA')?.exposures.map((e) => e.tag)).toEqual(['miner_equity']);
  });
});

const notOk = readJson<Record<string, NotOk>>('not-ok/expected.json');
const reasonPattern: Record<string, RegExp> = {
  'empty.csv': /^The file is empty\.$/,
  'binary.csv': /^This is not a text file: it contains binary data \(it looks like a PNG image\)\.$/,
  'html-saved-as.csv': /^This is an HTML page saved under a \.csv name/,
  'no-quantity-column.csv': /^No column gives a quantity or a market value\. Columns found: Ticker, Company, Sector, Weight\.$/,
};

describe.each(Object.entries(notOk))('not-ok/%s', (file, expected) => {
  const outcome = load(`not-ok/${file}`);

  if (expected.outcome === 'rejected') {
    it('is refused with one sentence a person can act on', () => {
      expect(outcome.ok).toBe(false);
      if (!outcome.ok) expect(outcome.reason).toMatch(reasonPattern[file] ?? /./);
    });
    return;
  }

  it('keeps the good rows', () => {
    if (!outcome.ok) throw new Error(outcome.reason);
    const symbols = outcome.holdings.map((h) => h.symbol);
    for (const s of expected.holdingsOk) expect(symbols).toContain(s);
  });

  it.each(expected.rowErrors.map((e) => [e.line, e.about] as const))('line %i: %s', (line, about) => {
    if (!outcome.ok) throw new Error(outcome.reason);
    // The fixture says which remarks are warnings ("reported as a warning", "a warning: …"); the rest are errors.
    const severity = /warning/.test(about) ? 'warning' : 'error';
    const issue = outcome.issues.find((i) => i.line === line);
    expect(issue?.severity).toBe(severity);
    const kept = outcome.holdings.some((h) => h.line === line);
    expect(kept).toBe(/row is kept/.test(about));
  });

  it('has no other line remarks', () => {
    if (!outcome.ok) throw new Error(outcome.reason);
    expect(outcome.issues.map((i) => i.line)).toEqual(expected.rowErrors.map((e) => e.line));
  });
});
