import { z } from 'zod';
import { ExposureWeight } from '../domain/exposure';
import type { Holding } from '../domain/holding';
import { makeHolding } from '../domain/make-holding';
import type { ValuedHolding } from '../model/positions';

/**
 * Candidate hedges as edits of a scratch copy of the book (the saved portfolio is never touched): trim a holding by a
 * share, or add a long or short in a liquid proxy. Trades settle in cash in the base currency: a sale's proceeds and
 * a short's proceeds add cash, a purchase spends it (a negative cash line is a margin loan), and the estimated impact
 * cost is paid out of it.
 */
export const HedgeProxySpec = z.object({
  symbol: z.string().min(1),
  name: z.string(),
  /** Average daily traded value in US dollars when known; null: impact priced as for any holding without one. */
  advValue: z.number().positive().nullable(),
});
export const HedgeProxiesResource = z.object({ $comment: z.string().optional(), proxies: z.array(HedgeProxySpec).min(1) });
export type HedgeProxiesResource = z.infer<typeof HedgeProxiesResource>;

/** A proxy with its exposures, tagged by the same rules as any holding (resolve-proxies.ts). */
export type HedgeProxy = z.infer<typeof HedgeProxySpec> & { exposures: ExposureWeight[] };

export type HedgeTrade =
  | { kind: 'trim'; holdingId: string; symbol: string; fraction: number }
  | { kind: 'proxy'; symbol: string; side: 'long' | 'short'; notional: number };

/** The base-currency value a trade moves (what "per dollar of notional" divides by). */
export const tradeNotional = (book: readonly ValuedHolding[], trade: HedgeTrade): number =>
  trade.kind === 'proxy' ? trade.notional : Math.abs((book.find((h) => h.holding.id === trade.holdingId)?.valueBase ?? 0) * trade.fraction);

const CASH_ID = 'what-if:cash';

function scaled(h: ValuedHolding, factor: number): ValuedHolding {
  const holding: Holding = {
    ...h.holding,
    quantity: h.holding.quantity === null ? null : h.holding.quantity * factor,
    marketValueCents: Math.round(h.holding.marketValueCents * factor),
  };
  return { ...h, holding, valueBase: h.valueBase * factor };
}

function cashLine(amount: number, advToBase: number | null): ValuedHolding {
  const holding = makeHolding(CASH_ID, amount, 'cash', { symbol: 'CASH', name: 'Cash from what-if trades', account: 'What-if' });
  return { holding, valueBase: amount, advToBase };
}

/** The book after `trade`, its cost paid in cash. */
export function applyTrade(book: readonly ValuedHolding[], trade: HedgeTrade, cost: number, proxies: readonly HedgeProxy[]): ValuedHolding[] {
  const advToBase = book[0]?.advToBase ?? 1;
  let cash = -cost;
  let next: ValuedHolding[];
  if (trade.kind === 'trim') {
    next = book.map((h) => {
      if (h.holding.id !== trade.holdingId) return h;
      cash += h.valueBase * trade.fraction;
      return scaled(h, 1 - trade.fraction);
    });
  } else {
    const proxy = proxies.find((p) => p.symbol === trade.symbol);
    if (!proxy) throw new Error(`No hedge proxy ${trade.symbol}`);
    const signed = trade.side === 'long' ? trade.notional : -trade.notional;
    cash -= signed;
    const holding = makeHolding(`what-if:${proxy.symbol}:${trade.side}`, signed, proxy.exposures, {
      symbol: proxy.symbol,
      name: proxy.name,
      account: 'What-if',
      advValue: proxy.advValue,
    });
    next = [...book, { holding: { ...holding, exposures: proxy.exposures }, valueBase: signed, advToBase }];
  }
  const existing = next.findIndex((h) => h.holding.id === CASH_ID);
  if (existing >= 0) {
    const line = next[existing]!;
    next[existing] = cashLine(line.valueBase + cash, advToBase);
  } else next.push(cashLine(cash, advToBase));
  return next;
}
