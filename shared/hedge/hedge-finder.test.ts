import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Scenario } from '../domain/scenario';
import { makeHolding, makeInput, makeScenario } from '../engine/fixtures';
import { runScenario } from '../engine/run';
import { runImport } from '../import/run-import';
import { DEFAULT_RESOURCES } from '../model/default-resources';
import { findHedges } from './hedge-finder';
import { applyTrade, HedgeProxiesResource } from './hedge-trades';
import { resolveProxies } from './resolve-proxies';

const proxies = resolveProxies(HedgeProxiesResource.parse(JSON.parse(readFileSync(new URL('../../resources/hedge-proxies.json', import.meta.url), 'utf8'))));
const run = (input: Parameters<typeof runScenario>[0]) => runScenario(input);

describe('the hedge finder', () => {
  it('tags its proxies by the same rules as any holding', () => {
    const tags = Object.fromEntries(proxies.map((p) => [p.symbol, p.exposures.map((e) => e.tag).join('+')]));
    expect(tags).toMatchObject({ SPY: 'equity', IBIT: 'btc', TLT: 'govt', HYG: 'credit', SMH: 'ai_equity', USD: 'cash' });
  });

  it('halves the ES of a one-holding book by trimming it by half (same draws, loss proportional to the position)', async () => {
    // One bitcoin holding of 100,000 and nothing else: every path's loss is 100,000·(1 − x_path), so trimming 50 %
    // makes every path's loss half as large and ES 97.5 % exactly half; the cash raised (less the impact cost paid)
    // does not move.
    const book = makeInput([makeHolding('IBIT', 100_000, 'btc')], makeScenario({ shocks: { BTC: -0.4 }, paths: 2000, seed: 3 }));
    const { scenario, ...rest } = book;
    const report = await findHedges(rest, scenario, { trims: [0.5], proxyNotional: 10_000, proxies: [] }, run);
    const trim = report.candidates.find((c) => c.trade.kind === 'trim')!;
    expect(trim.esAfter).toBeCloseTo(report.esBefore / 2, 6);
    expect(trim.notional).toBe(50_000);
    expect(trim.cost).toBeGreaterThan(0);
  });

  it('ranks the sample book’s trades, and applying the top one in a real run cuts ES by what it promised', async () => {
    const r = runImport(new Uint8Array(readFileSync(new URL('../../resources/sample-portfolio.csv', import.meta.url))), { fileName: 's.csv' });
    if (!r.ok) throw new Error(r.reason);
    const holdings = r.holdings.map((holding) => ({ holding, valueBase: holding.marketValueCents / 100, advToBase: 1 }));
    const template = Scenario.parse(JSON.parse(readFileSync(new URL('../../resources/scenarios/ai-capex-bust-ease.json', import.meta.url), 'utf8')));
    const scenario = { ...template, run: { paths: 1000, seed: 11 } };
    const input = { baseCurrency: 'USD', resources: DEFAULT_RESOURCES, holdings };
    const report = await findHedges(input, scenario, { trims: [0.1, 0.5], proxyNotional: 20_000, proxies }, run);
    // 20 holdings less the cash line and the margin loan, two trims each; seven proxies (not cash), short and long.
    expect(report.candidates.length).toBe(18 * 2 + 7 * 2);
    const top = report.candidates[0]!;
    expect(top.esAfter).toBeLessThan(report.esBefore);
    // Ranked by ES removed per dollar of notional.
    for (let i = 1; i < report.candidates.length; i++) expect(report.candidates[i - 1]!.esCutPerNotional).toBeGreaterThanOrEqual(report.candidates[i]!.esCutPerNotional);
    const applied = runScenario({ ...input, scenario, holdings: applyTrade(holdings, top.trade, top.cost, proxies) });
    const promised = report.esBefore - top.esAfter;
    expect(report.esBefore - applied.phaseOne.es975).toBeGreaterThanOrEqual(promised * 0.95);
  });
});
