import type { Scenario } from '../domain/scenario';
import type { RunResult } from '../engine/run-result';
import type { ModelInput, ValuedHolding } from '../model/positions';
import { tradeCost } from './hedge-cost';
import { applyTrade, type HedgeProxy, type HedgeTrade, tradeNotional } from './hedge-trades';

/**
 * The hedge finder: for a scenario and its run settings, every candidate trade — trimming each holding by 10, 25 or
 * 50 %, a long or a short in each liquid proxy — run through the same Monte Carlo (same seed and paths, so the
 * comparison is of the book, not of the draws), ranked by how much phase-one expected shortfall (ES 97.5 %) it
 * removes per dollar of notional; the cut per dollar of estimated cost and the margin-call odds are beside it.
 */
export type HedgeOptions = {
  trims: readonly number[];
  /** Notional of each proxy trade, in the base currency. */
  proxyNotional: number;
  proxies: readonly HedgeProxy[];
};

export type HedgeCandidate = {
  trade: HedgeTrade;
  notional: number;
  cost: number;
  esBefore: number;
  esAfter: number;
  marginCallBefore: number;
  marginCallAfter: number;
  /** ES removed per unit of notional and per unit of cost (null when the trade costs nothing). */
  esCutPerNotional: number;
  esCutPerCost: number | null;
};

export type HedgeReport = { esBefore: number; marginCallBefore: number; candidates: HedgeCandidate[] };

export type Runner = (input: ModelInput) => RunResult | Promise<RunResult>;

export function candidateTrades(book: readonly ValuedHolding[], options: HedgeOptions): HedgeTrade[] {
  const trims = book
    .filter((h) => h.valueBase > 0 && !h.holding.exposures.every((e) => e.tag === 'cash'))
    .flatMap((h) => options.trims.map((fraction): HedgeTrade => ({ kind: 'trim', holdingId: h.holding.id, symbol: h.holding.symbol, fraction })));
  const proxies = options.proxies
    .filter((p) => !p.exposures.every((e) => e.tag === 'cash'))
    .flatMap((p) => (['short', 'long'] as const).map((side): HedgeTrade => ({ kind: 'proxy', symbol: p.symbol, side, notional: options.proxyNotional })));
  return [...trims, ...proxies];
}

/** Runs the book and every candidate one after the other (the runner may use worker processes); `onProgress` after each. */
export async function findHedges(
  input: Omit<ModelInput, 'scenario'>,
  scenario: Scenario,
  options: HedgeOptions,
  run: Runner,
  onProgress: (done: number, total: number) => void = () => {},
): Promise<HedgeReport> {
  const trades = candidateTrades(input.holdings, options);
  const total = trades.length + 1;
  const before = await run({ ...input, scenario });
  onProgress(1, total);
  const esBefore = before.phaseOne.es975;
  const marginCallBefore = before.phaseOne.marginCall.probability;
  const candidates: HedgeCandidate[] = [];
  for (const trade of trades) {
    const cost = tradeCost(input.holdings, trade, scenario, input.resources, options.proxies);
    const after = await run({ ...input, scenario, holdings: applyTrade(input.holdings, trade, cost, options.proxies) });
    const notional = tradeNotional(input.holdings, trade);
    const cut = esBefore - after.phaseOne.es975;
    candidates.push({
      trade,
      notional,
      cost,
      esBefore,
      esAfter: after.phaseOne.es975,
      marginCallBefore,
      marginCallAfter: after.phaseOne.marginCall.probability,
      esCutPerNotional: notional > 0 ? cut / notional : 0,
      esCutPerCost: cost > 0 ? cut / cost : null,
    });
    onProgress(candidates.length + 1, total);
  }
  candidates.sort((a, b) => b.esCutPerNotional - a.esCutPerNotional || b.esBefore - b.esAfter - (a.esBefore - a.esAfter));
  return { esBefore, marginCallBefore, candidates };
}
