import type { RunRecord } from '../../../shared/api/runs-api';
import type { CallInput } from '../../../shared/api/contract';
import type { HedgeTradeSpec } from '../../../shared/domain/what-if';
import type { Formatters } from '../format/format';
import type { TranslateFn } from '../i18n/use-t';

/** The search runs the book and ~50 candidates; more paths than this would keep a person waiting for minutes. */
export const HEDGE_MAX_PATHS = 5_000;
/** hedges.find's smallest path count: fewer and the ES 97.5 % tail has almost no paths in it. */
export const HEDGE_MIN_PATHS = 100;
/** How many of the ranked trades the panel shows. */
export const TOP_TRADES = 10;

export type HedgePlan =
  | { ok: true; request: CallInput<'hedges.find'>; paths: number; seed: number; capped: boolean }
  | { ok: false; why: 'meanPathOnly' | 'noPortfolio' };

/**
 * The hedge search for the run shown: its own scenario (as it ran, inline), seed and paths — at most HEDGE_MAX_PATHS,
 * at least HEDGE_MIN_PATHS — on the saved portfolio it ran on. A mean-path-only run has no ES to cut.
 */
export function hedgePlan(record: RunRecord, portfolioIds: readonly string[]): HedgePlan {
  const { meta } = record;
  if (meta.paths === 0) return { ok: false, why: 'meanPathOnly' };
  if (meta.portfolioId === null || !portfolioIds.includes(meta.portfolioId)) return { ok: false, why: 'noPortfolio' };
  const paths = Math.min(HEDGE_MAX_PATHS, Math.max(HEDGE_MIN_PATHS, meta.paths));
  return { ok: true, request: { runId: record.runId, portfolioId: meta.portfolioId, scenario: meta.scenario, paths, seed: meta.seed }, paths, seed: meta.seed, capped: paths !== meta.paths };
}

/** "Trim MARA by 50.0%", "Short $23,860 of SPY", "Buy $23,860 of TLT". */
export function tradeText(trade: HedgeTradeSpec, fmt: Formatters, t: TranslateFn): string {
  if (trade.kind === 'trim') return t('hedge.trade.trim', { symbol: trade.symbol, share: fmt.percent(trade.fraction, 0) });
  return t(trade.side === 'short' ? 'hedge.trade.short' : 'hedge.trade.long', { symbol: trade.symbol, notional: fmt.moneyUnits(Math.round(trade.notional)) });
}
