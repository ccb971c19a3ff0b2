import type { PortfolioView } from '../../shared/api';
import { UserError } from '../../shared/api/dispatch';
import { valuePortfolio, type Portfolio } from '../../shared/domain';
import { t } from '../../shared/i18n/translate';
import type { BackendContext } from './context';

/** The portfolio with this id, or the open one; a sentence for the person when there is none. */
export function findPortfolio(ctx: BackendContext, id?: string): Portfolio {
  const { portfolios, currentPortfolioId } = ctx.state.read();
  const key = id ?? currentPortfolioId;
  if (key === null || key === undefined) throw new UserError('not_found', t('error.noPortfolio'));
  const found = portfolios[key];
  if (!found) throw new UserError('not_found', t('error.notFound', { id: key }));
  return found;
}

export const viewOf = (ctx: BackendContext, portfolio: Portfolio): PortfolioView => ({
  portfolio,
  valuation: valuePortfolio(portfolio, ctx.state.read().settings),
});

/** Writes one portfolio back (stamped) and answers its view. */
export function savePortfolio(ctx: BackendContext, portfolio: Portfolio): PortfolioView {
  const saved = { ...portfolio, updatedAt: ctx.now().toISOString() };
  ctx.state.write('portfolios', { ...ctx.state.read().portfolios, [saved.id]: saved });
  return viewOf(ctx, saved);
}
