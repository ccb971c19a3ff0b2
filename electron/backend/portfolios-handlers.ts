import type { Handlers, PortfolioView } from '../../shared/api';
import { UserError } from '../../shared/api/dispatch';
import { valuePortfolio, type Portfolio } from '../../shared/domain';
import { t } from '../../shared/i18n/translate';
import type { BackendContext } from './context';

export const portfoliosHandlers = (ctx: BackendContext) => {
  const find = (id: string | undefined): Portfolio => {
    const { portfolios, currentPortfolioId } = ctx.state.read();
    const key = id ?? currentPortfolioId;
    if (key === null || key === undefined) throw new UserError('not_found', t('error.noPortfolio'));
    const found = portfolios[key];
    if (!found) throw new UserError('not_found', t('error.notFound', { id: key }));
    return found;
  };
  const view = (portfolio: Portfolio): PortfolioView => ({
    portfolio,
    valuation: valuePortfolio(portfolio, ctx.state.read().settings),
  });
  return {
    'portfolios.list': () => {
      const { portfolios, currentPortfolioId } = ctx.state.read();
      return {
        currentId: currentPortfolioId,
        portfolios: Object.values(portfolios).map((p) => ({
          id: p.id,
          name: p.name,
          holdingsCount: p.holdings.length,
          updatedAt: p.updatedAt,
        })),
      };
    },
    'portfolios.get': ({ id }) => view(find(id)),
    'portfolios.select': ({ id }) => {
      const portfolio = find(id);
      ctx.state.write('currentPortfolioId', portfolio.id);
      return view(portfolio);
    },
  } satisfies Partial<Handlers>;
};
