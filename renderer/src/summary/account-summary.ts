import type { Portfolio } from '../../../shared/domain/portfolio';
import type { PortfolioValuation } from '../../../shared/domain/valuation';

export type AccountRow = {
  account: string;
  longCents: number;
  /** Short positions other than cash (≤ 0). */
  shortCents: number;
  /** Negative cash: margin loans (≤ 0). */
  loanCents: number;
  netCents: number;
};

/**
 * Per account, in the order accounts first appear: long value, shorts, loans and net, in base-currency cents.
 * Holdings without an FX rate are left out, as in every other total.
 */
export function accountRows(portfolio: Pick<Portfolio, 'holdings'>, valuation: Pick<PortfolioValuation, 'rows'>): AccountRow[] {
  const byId = new Map(valuation.rows.map((r) => [r.holdingId, r]));
  const rows = new Map<string, AccountRow>();
  for (const h of portfolio.holdings) {
    const row = rows.get(h.account) ?? { account: h.account, longCents: 0, shortCents: 0, loanCents: 0, netCents: 0 };
    rows.set(h.account, row);
    const v = byId.get(h.id);
    const cents = v?.valueBaseCents ?? null;
    if (v === undefined || cents === null) continue;
    if (cents > 0) row.longCents += cents;
    else if (v.isLoan) row.loanCents += cents;
    else row.shortCents += cents;
    row.netCents += cents;
  }
  return [...rows.values()];
}
