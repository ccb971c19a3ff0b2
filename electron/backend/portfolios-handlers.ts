import type { Handlers } from '../../shared/api';
import { UserError } from '../../shared/api/dispatch';
import { applyOverrides, checkWeights } from '../../shared/classify';
import { t } from '../../shared/i18n/translate';
import type { BackendContext } from './context';
import { findPortfolio, savePortfolio, viewOf } from './portfolio-views';

export const portfoliosHandlers = (ctx: BackendContext) =>
  ({
    'portfolios.list': () => {
      const { portfolios, currentPortfolioId } = ctx.state.read();
      return {
        currentId: currentPortfolioId,
        portfolios: Object.values(portfolios).map((p) => ({
          id: p.id,
          name: p.name,
          holdingsCount: p.holdings.length,
          updatedAt: p.updatedAt,
          ...(p.whatIfOf ? { whatIfOf: p.whatIfOf.name } : {}),
        })),
      };
    },
    'portfolios.get': ({ id }) => viewOf(ctx, findPortfolio(ctx, id)),
    'portfolios.select': ({ id }) => {
      const portfolio = findPortfolio(ctx, id);
      ctx.state.write('currentPortfolioId', portfolio.id);
      return viewOf(ctx, portfolio);
    },
    'portfolios.rename': ({ id, name }) => savePortfolio(ctx, { ...findPortfolio(ctx, id), name }),
    'portfolios.delete': ({ id }) => {
      findPortfolio(ctx, id);
      const { [id]: _deleted, ...rest } = ctx.state.read().portfolios;
      ctx.state.write('portfolios', rest);
      const current = ctx.state.read().currentPortfolioId;
      const next = current === id ? (Object.keys(rest)[0] ?? null) : current;
      ctx.state.write('currentPortfolioId', next);
      return { currentId: next };
    },
    'portfolios.setOverride': ({ symbol, exposures }) => {
      if (exposures) {
        const checked = checkWeights(exposures);
        if (!checked.ok) throw new UserError('bad_input', t('error.badOverride', { symbol, detail: `${checked.problem} ${checked.detail}`.trim() }));
      }
      const key = symbol.trim().toUpperCase();
      const { [key]: _old, ...others } = ctx.state.read().overrides;
      const overrides = exposures ? { ...others, [key]: exposures } : others;
      ctx.state.write('overrides', overrides);
      // Overrides are per symbol: every portfolio holding it follows.
      const portfolios = Object.fromEntries(
        Object.entries(ctx.state.read().portfolios).map(([id, p]) => [id, { ...p, holdings: applyOverrides(p.holdings, overrides) }]),
      );
      ctx.state.write('portfolios', portfolios);
      return viewOf(ctx, findPortfolio(ctx));
    },
  }) satisfies Partial<Handlers>;
