import type { Portfolio } from '../../../shared/domain/portfolio';
import type { Formatters } from '../format/format';
import { tradeText } from '../hedges/hedge-plan';
import type { TranslateFn } from '../i18n/use-t';

/** The trades applied to a what-if, each with its estimated cost: "Trim MARA by 50% (est. cost $1.20)". */
export function appliedTrades(whatIfOf: NonNullable<Portfolio['whatIfOf']>, fmt: Formatters, t: TranslateFn): string[] {
  return whatIfOf.trades.map(({ trade, costCents }) => t('whatIf.ui.tradeWithCost', { trade: tradeText(trade, fmt, t), cost: fmt.money(costCents) }));
}
