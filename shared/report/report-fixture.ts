import type { RunRecord } from '../api/runs-api';
import type { Holding } from '../domain/holding';
import type { Portfolio } from '../domain/portfolio';
import type { Scenario } from '../domain/scenario';
import { runScenario } from '../engine/run';
import { makeHolding, makeInput, makeScenario } from '../engine/fixtures';
import type { RunWithInputs } from '../export/run-tables';

/** A small book for report and export tests: a hostile name, a user override, a blend, a margin loan. */
export function fixtureHoldings(): Holding[] {
  return [
    makeHolding('NVDA', 60_000, 'ai_equity', { name: '<b>"Evil" & Co</b>', account: 'Brokerage', quantity: 300, price: 200 }),
    makeHolding('IBIT', 40_000, 'btc', { name: '=HYPERLINK("http://x")', account: '@SUM(1)', quantity: 800, price: 50 }),
    makeHolding('MSTR', 20_000, [{ tag: 'btc', weight: 0.8 }, { tag: 'equity', weight: 0.2 }], { name: 'Strategy Inc' }),
    {
      ...makeHolding('MARA 2031', 20_000, 'miner_debt', { name: 'MARA 2.125% Conv 2031' }),
      exposures: [{ tag: 'miner_debt', weight: 1, source: { kind: 'user' } }],
      autoExposures: [{ tag: 'credit', weight: 1, source: { kind: 'rule', detail: 'bond' } }],
    },
    makeHolding('USD', 10_000, 'cash', { name: 'Cash' }),
    makeHolding('LOAN', -35_000, 'cash', { name: 'Margin loan' }),
  ];
}

export function fixtureScenario(over: Parameters<typeof makeScenario>[0] = {}): Scenario {
  return makeScenario({
    id: 'fixture',
    name: 'Fixture bust',
    description: 'AI equities and bitcoin fall together.',
    sources: [
      { text: 'AI_EQ −40 %: the fixture’s first source line', cite: ['nvda-2022'] },
      'BTC −50 %: the fixture’s second source line, free text as saved before citations',
      { text: 'Everything else', assumption: true },
    ],
    shocks: { AI_EQ: -0.4, BTC: -0.5 },
    paths: 400,
    seed: 7,
    ...over,
  });
}

/** A finished run of the fixture book with its inputs, computed in this thread (no workers). */
export function fixtureRun(options: { runId?: string; scenario?: Scenario; holdings?: Holding[]; createdAt?: string } = {}): RunWithInputs {
  const scenario = options.scenario ?? fixtureScenario();
  const holdings = options.holdings ?? fixtureHoldings();
  const result = runScenario(makeInput(holdings, scenario));
  const portfolio: Portfolio = {
    id: 'fixture-book',
    name: 'Fixture <book>',
    source: { fileName: 'fixture.csv', format: 'generic', importedAt: '2026-01-01T00:00:00.000Z' },
    holdings,
    fileFx: null,
    issues: [],
    updatedAt: '2026-01-01T00:00:00.000Z',
  };
  const record: RunRecord = {
    runId: options.runId ?? '0123abcd-0000-4000-8000-000000000001',
    createdAt: options.createdAt ?? '2026-01-02T03:04:05.000Z',
    meta: {
      seed: scenario.run.seed,
      paths: scenario.run.paths,
      workers: 1,
      appVersion: '9.9.9',
      inputHash: 'f'.repeat(64),
      scenario,
      portfolioId: portfolio.id,
      portfolioName: portfolio.name,
      elapsedMs: 1,
    },
    result,
  };
  return { record, inputs: { portfolio, valuation: { baseCurrency: 'USD', fxRates: {} } } };
}
