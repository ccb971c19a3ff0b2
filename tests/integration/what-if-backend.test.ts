import { describe, expect, it } from 'vitest';
import { whatIfCashId } from '../../shared/hedge/what-if-portfolio';
import { freshDataDir, openBackend, runAndWait } from './backend-helpers';

describe('the what-if book through the contract', () => {
  it('copies the portfolio with a hedge applied, edits only the copy, and makes it the portfolio when asked', async () => {
    const api = openBackend(freshDataDir());
    try {
      const original = await api['portfolios.get']({ id: 'sample' });
      const mara = original.portfolio.holdings.find((h) => h.symbol === 'MARA')!;
      const whatIf = await api['portfolios.whatIf']({
        portfolioId: 'sample',
        trade: { kind: 'trim', holdingId: mara.id, symbol: 'MARA', fraction: 0.5 },
        cost: 1.234,
        runId: 'run-1',
      });
      const copy = whatIf.portfolio;
      expect(copy.id).not.toBe('sample');
      expect(copy.name).toBe('Sample book — what-if');
      expect(copy.whatIfOf).toEqual({ portfolioId: 'sample', name: 'Sample book', runId: 'run-1', trades: [{ trade: { kind: 'trim', holdingId: mara.id, symbol: 'MARA', fraction: 0.5 }, costCents: 123 }] });
      expect(copy.holdings.find((h) => h.id === mara.id)).toMatchObject({ quantity: 400, marketValueCents: mara.marketValueCents / 2 });
      // The sale settles in cash to the cent: the book is worth what it was, less the cost.
      expect(copy.holdings.find((h) => h.id === whatIfCashId('USD'))?.marketValueCents).toBe(mara.marketValueCents / 2 - 123);
      expect(whatIf.valuation.totalBaseCents).toBe(original.valuation.totalBaseCents - 123);
      // The saved portfolio is untouched and stays the open one; the list labels the copy.
      expect(await api['portfolios.get']({ id: 'sample' })).toEqual(original);
      const list = await api['portfolios.list']({});
      expect(list.currentId).toBe('sample');
      expect(list.portfolios.find((p) => p.id === copy.id)?.whatIfOf).toBe('Sample book');
      expect(list.portfolios.find((p) => p.id === 'sample')?.whatIfOf).toBeUndefined();

      // Edits by hand: a quantity, a removal, each settled in cash; the saved portfolio refuses them.
      const nvda = copy.holdings.find((h) => h.symbol === 'NVDA')!;
      const fewer = await api['portfolios.editWhatIf']({ id: copy.id, holdingId: nvda.id, edit: { kind: 'quantity', quantity: 100 } });
      expect(fewer.portfolio.holdings.find((h) => h.id === nvda.id)?.marketValueCents).toBe(Math.round((nvda.marketValueCents * 100) / 120));
      const spy = copy.holdings.find((h) => h.symbol === 'SPY')!;
      const removed = await api['portfolios.editWhatIf']({ id: copy.id, holdingId: spy.id, edit: { kind: 'remove' } });
      expect(removed.portfolio.holdings.some((h) => h.id === spy.id)).toBe(false);
      expect(removed.valuation.totalBaseCents).toBe(whatIf.valuation.totalBaseCents);
      await expect(api['portfolios.editWhatIf']({ id: 'sample', holdingId: nvda.id, edit: { kind: 'remove' } })).rejects.toThrow(/Only a what-if copy can be changed here/);
      await expect(api['portfolios.whatIf']({ portfolioId: 'sample', trade: { kind: 'proxy', symbol: 'NOPE', side: 'long', notional: 10 } })).rejects.toThrow(/NOPE is not one of the hedge proxies/);

      // "Make this my portfolio": the original takes the copy's holdings under its own id and name; the copy goes.
      const adopted = await api['portfolios.adoptWhatIf']({ id: copy.id });
      expect(adopted.portfolio).toMatchObject({ id: 'sample', name: 'Sample book', holdings: removed.portfolio.holdings });
      expect(adopted.portfolio.whatIfOf).toBeUndefined();
      const after = await api['portfolios.list']({});
      expect(after.currentId).toBe('sample');
      expect(after.portfolios.map((p) => p.id)).toEqual(['sample']);
    } finally {
      api.dispose();
    }
  });

  it('runs the what-if beside its original with the same scenario, seed and paths: the hedge’s ES is what the search promised', async () => {
    const api = openBackend(freshDataDir());
    try {
      const scenario = await api['scenarios.get']({ id: 'ai-capex-bust-ease' });
      const report = await api['hedges.find']({ portfolioId: 'sample', scenario, paths: 400, seed: 9, trims: [0.5] });
      const top = report.candidates[0]!;
      const { portfolio } = await api['portfolios.whatIf']({ portfolioId: 'sample', trade: top.trade, cost: top.cost });
      const run = await runAndWait(api, { portfolioId: portfolio.id, scenario, paths: 400, seed: 9 });
      const record = await api['runs.get']({ runId: run.runId });
      expect(record.meta.portfolioName).toBe('Sample book — what-if');
      // The same book as the search's scratch copy, to a cent of rounding: the same ES.
      expect(Math.abs(record.result.phaseOne.es975 - top.esAfter)).toBeLessThan(0.05);
      expect(record.result.phaseOne.es975).toBeLessThan(report.esBefore);
    } finally {
      api.dispose();
    }
  });

  it('stops a hedge search promptly when cancelled', async () => {
    const api = openBackend(freshDataDir());
    try {
      let cancelledAt = 0;
      const off = api.subscribe((e) => {
        if (e.name === 'hedges.progress' && e.payload.done === 2 && cancelledAt === 0) {
          cancelledAt = performance.now();
          void api['hedges.cancel']({});
        }
      });
      const outcome = await api['hedges.find']({ portfolioId: 'sample', scenarioId: 'ai-capex-bust-ease', paths: 5000 }).then(
        () => 'finished',
        (err: Error) => err.message,
      );
      const stoppedIn = performance.now() - cancelledAt;
      off();
      expect(outcome).toBe('The hedge search was cancelled.');
      expect(stoppedIn).toBeLessThan(200);
      // The workers are free again: a run starts and finishes.
      expect((await runAndWait(api, { scenarioId: 'ai-capex-bust-ease', paths: 200 })).status).toBe('done');
    } finally {
      api.dispose();
    }
  });

  it('hedges a saved run on its own snapshot: the search’s ES before is the run’s ES, even after the portfolio changed', { timeout: 120_000 }, async () => {
    const api = openBackend(freshDataDir());
    try {
      const run = await runAndWait(api, { portfolioId: 'sample', scenarioId: 'ai-capex-bust-ease', paths: 600, seed: 5 });
      expect(run.status).toBe('done');
      const record = await api['runs.get']({ runId: run.runId });
      // The book changes after the run (a holding removed from the saved portfolio through a what-if adopted).
      const sample = await api['portfolios.get']({ id: 'sample' });
      const mara = sample.portfolio.holdings.find((h) => h.symbol === 'MARA')!;
      const copy = await api['portfolios.whatIf']({ portfolioId: 'sample', trade: { kind: 'trim', holdingId: mara.id, symbol: 'MARA', fraction: 0.5 }, cost: 0 });
      await api['portfolios.adoptWhatIf']({ id: copy.portfolio.id });
      const report = await api['hedges.find']({ runId: run.runId, paths: 600, seed: 5, trims: [0.5] });
      expect(report.esBefore).toBe(record.result.phaseOne.es975);
    } finally {
      api.dispose();
    }
  });
});
