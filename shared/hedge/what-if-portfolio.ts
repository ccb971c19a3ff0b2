import type { Holding } from '../domain/holding';
import type { Portfolio } from '../domain/portfolio';
import type { HedgeTradeSpec } from '../domain/what-if';
import type { HedgeProxy } from './hedge-trades';

/**
 * The what-if book on a Portfolio: a scratch copy marked `whatIfOf`, edited by hedge trades and by hand, in exact cents.
 * The saved portfolio is never touched; only `adoptWhatIf` (the person's "Make this my portfolio") writes it back.
 *
 * Every change settles in cash, as the hedge finder's scratch book does (hedge-trades.ts): a trim's proceeds (or a sale
 * by hand) go to a what-if cash line in the holding's own currency, so no FX rate is needed and the book's value is
 * unchanged to the cent; a proxy trade is a new holding in the base currency paid from (a short: paid into) the
 * base-currency cash line; the estimated cost of the trade is paid out of it. A negative cash line is a margin loan.
 * Changing a cash line itself settles nothing: it is the cash.
 */

/** The words a what-if writes into the book, in the language of the moment (the caller translates them). */
export type WhatIfLabels = { account: string; cashName: (currency: string) => string };

/** A change made by hand: a new quantity, a new value (for a holding known only by its value), or removal. */
export type HoldingEdit = { kind: 'quantity'; quantity: number } | { kind: 'value'; cents: number } | { kind: 'remove' };

export const whatIfCashId = (currency: string): string => `what-if:cash:${currency}`;
export const proxyHoldingId = (symbol: string, side: 'long' | 'short'): string => `what-if:${symbol}:${side}`;

const isCash = (h: Holding): boolean => h.exposures.every((e) => e.tag === 'cash');

export class WhatIfError extends Error {
  constructor(readonly why: 'noHolding' | 'noProxy' | 'noQuantity' | 'notWhatIf' | 'badAmount') {
    super(why);
  }
}

/** A copy of `portfolio` marked as its what-if (made from `runId`, when a run was shown), nothing changed yet. */
export function whatIfCopy(portfolio: Portfolio, meta: { id: string; name: string; runId: string | null; now: Date }): Portfolio {
  return {
    ...portfolio,
    id: meta.id,
    name: meta.name,
    holdings: [...portfolio.holdings],
    whatIfOf: { portfolioId: portfolio.id, name: portfolio.name, runId: meta.runId, trades: [] },
    updatedAt: meta.now.toISOString(),
  };
}

/** `cents` more (or less) in the what-if cash line of `currency`, the line made at the end of the book if there is none. */
function settle(holdings: Holding[], currency: string, cents: number, labels: WhatIfLabels): Holding[] {
  if (cents === 0) return holdings;
  const id = whatIfCashId(currency);
  const at = holdings.findIndex((h) => h.id === id);
  const total = (at >= 0 ? holdings[at]!.marketValueCents : 0) + cents;
  const line: Holding = {
    id,
    symbol: currency,
    name: labels.cashName(currency),
    account: labels.account,
    quantity: total / 100,
    price: 1,
    marketValueCents: total,
    currency,
    assetClass: 'cash',
    securityType: null,
    faceValue: null,
    coupon: null,
    maturity: null,
    advValue: null,
    exposures: [{ tag: 'cash', weight: 1, source: { kind: 'rule' } }],
    line: null,
  };
  return at >= 0 ? holdings.map((h, i) => (i === at ? line : h)) : [...holdings, line];
}

/** The holding scaled to `cents` (its quantity and face value in proportion) and the cents it frees (or takes). */
function rescaled(h: Holding, cents: number, quantity: number | null): { holding: Holding; freed: number } {
  const ratio = h.marketValueCents === 0 ? 0 : cents / h.marketValueCents;
  const holding = { ...h, quantity, marketValueCents: cents, faceValue: h.faceValue === null ? null : h.faceValue * ratio };
  return { holding, freed: h.marketValueCents - cents };
}

function requireWhatIf(p: Portfolio): NonNullable<Portfolio['whatIfOf']> {
  if (!p.whatIfOf) throw new WhatIfError('notWhatIf');
  return p.whatIfOf;
}

/** The what-if after a hedge trade, its estimated cost (base-currency units, rounded to the cent) paid in cash. */
export function applyHedgeTrade(
  p: Portfolio,
  trade: HedgeTradeSpec,
  cost: number,
  ctx: { baseCurrency: string; proxies: readonly HedgeProxy[]; labels: WhatIfLabels },
): Portfolio {
  const whatIfOf = requireWhatIf(p);
  if (!(cost >= 0) || !Number.isFinite(cost)) throw new WhatIfError('badAmount');
  const costCents = Math.round(cost * 100);
  let holdings = p.holdings;
  if (trade.kind === 'trim') {
    const h = holdings.find((x) => x.id === trade.holdingId);
    if (!h) throw new WhatIfError('noHolding');
    const keep = 1 - trade.fraction;
    const { holding, freed } = rescaled(h, Math.round(h.marketValueCents * keep), h.quantity === null ? null : h.quantity * keep);
    holdings = holdings.map((x) => (x.id === h.id ? holding : x));
    if (!isCash(h)) holdings = settle(holdings, h.currency, freed, ctx.labels);
  } else {
    const proxy = ctx.proxies.find((x) => x.symbol === trade.symbol);
    if (!proxy) throw new WhatIfError('noProxy');
    const signed = Math.round(trade.notional * 100) * (trade.side === 'long' ? 1 : -1);
    const id = proxyHoldingId(proxy.symbol, trade.side);
    const existing = holdings.find((x) => x.id === id);
    const line: Holding = existing
      ? { ...existing, marketValueCents: existing.marketValueCents + signed }
      : {
          id,
          symbol: proxy.symbol,
          name: proxy.name,
          account: ctx.labels.account,
          quantity: null,
          price: null,
          marketValueCents: signed,
          currency: ctx.baseCurrency,
          assetClass: null,
          securityType: null,
          faceValue: null,
          coupon: null,
          maturity: null,
          advValue: proxy.advValue,
          exposures: proxy.exposures,
          line: null,
        };
    holdings = existing ? holdings.map((x) => (x.id === id ? line : x)) : [...holdings, line];
    holdings = settle(holdings, ctx.baseCurrency, -signed, ctx.labels);
  }
  holdings = settle(holdings, ctx.baseCurrency, -costCents, ctx.labels);
  return { ...p, holdings, whatIfOf: { ...whatIfOf, trades: [...whatIfOf.trades, { trade, costCents }] } };
}

/** The what-if after a change by hand to one holding, the difference settled in cash in the holding's currency. */
export function editWhatIfHolding(p: Portfolio, holdingId: string, edit: HoldingEdit, labels: WhatIfLabels): Portfolio {
  requireWhatIf(p);
  const h = p.holdings.find((x) => x.id === holdingId);
  if (!h) throw new WhatIfError('noHolding');
  let holdings: Holding[];
  let freed: number;
  if (edit.kind === 'remove') {
    holdings = p.holdings.filter((x) => x.id !== holdingId);
    freed = h.marketValueCents;
  } else {
    let next: { holding: Holding; freed: number };
    if (edit.kind === 'quantity') {
      if (!Number.isFinite(edit.quantity)) throw new WhatIfError('badAmount');
      if (h.quantity === null || h.quantity === 0) throw new WhatIfError('noQuantity');
      next = rescaled(h, Math.round((h.marketValueCents * edit.quantity) / h.quantity), edit.quantity);
    } else {
      if (!Number.isSafeInteger(edit.cents)) throw new WhatIfError('badAmount');
      const quantity = h.quantity === null || h.marketValueCents === 0 ? h.quantity : (h.quantity * edit.cents) / h.marketValueCents;
      next = rescaled(h, edit.cents, quantity);
    }
    // A cash line's quantity is its amount.
    if (isCash(h) && h.price === 1) next.holding = { ...next.holding, quantity: next.holding.marketValueCents / 100 };
    holdings = p.holdings.map((x) => (x.id === holdingId ? next.holding : x));
    freed = next.freed;
  }
  return { ...p, holdings: isCash(h) ? holdings : settle(holdings, h.currency, freed, labels) };
}

/** "Make this my portfolio": the original takes the what-if's holdings and keeps its own id, name and source. */
export function adoptWhatIf(original: Portfolio, whatIf: Portfolio, now: Date): Portfolio {
  requireWhatIf(whatIf);
  const { whatIfOf: _mark, ...rest } = original;
  return { ...rest, holdings: whatIf.holdings, updatedAt: now.toISOString() };
}
