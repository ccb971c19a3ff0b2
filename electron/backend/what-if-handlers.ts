import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Handlers } from '../../shared/api';
import { UserError } from '../../shared/api/dispatch';
import { applyOverrides } from '../../shared/classify';
import { HedgeProxiesResource } from '../../shared/hedge/hedge-trades';
import { resolveProxies } from '../../shared/hedge/resolve-proxies';
import { adoptWhatIf, applyHedgeTrade, editWhatIfHolding, WhatIfError, whatIfCopy, type WhatIfLabels } from '../../shared/hedge/what-if-portfolio';
import { t } from '../../shared/i18n/translate';
import type { BackendContext } from './context';
import { uniqueName } from './portfolio-factory';
import { findPortfolio, savePortfolio, viewOf } from './portfolio-views';

/** The words a what-if writes into the book, in the language of the moment (as any name a person saves). */
const labels = (): WhatIfLabels => ({ account: t('whatIf.account'), cashName: (currency) => t('whatIf.cashName', { currency }) });

/** A refusal of the pure what-if functions as a sentence for the person. */
function refused(err: unknown, symbol = ''): never {
  if (err instanceof WhatIfError) throw new UserError(err.why === 'badAmount' ? 'bad_input' : 'rejected', t(`whatIf.error.${err.why}`, { symbol }));
  throw err;
}

/** What-if copies of a portfolio: made from a hedge trade, edited by hand, and made the portfolio when the person says so. */
export function whatIfHandlers(ctx: BackendContext) {
  const proxies = resolveProxies(HedgeProxiesResource.parse(JSON.parse(readFileSync(join(ctx.resourcesDir, 'hedge-proxies.json'), 'utf8'))));
  return {
    'portfolios.whatIf': ({ portfolioId, trade, cost, runId }) => {
      const state = ctx.state.read();
      const original = findPortfolio(ctx, portfolioId);
      const copy = whatIfCopy(original, {
        id: `w-${randomUUID().slice(0, 8)}`,
        name: uniqueName(t('whatIf.name', { name: original.name }), state.portfolios),
        runId: runId ?? null,
        now: ctx.now(),
      });
      let made = copy;
      try {
        if (trade) made = applyHedgeTrade(copy, trade, cost, { baseCurrency: state.settings.baseCurrency, proxies, labels: labels() });
      } catch (err) {
        refused(err, trade?.symbol);
      }
      // The user's exposure overrides hold for a proxy they also hold, as for any holding.
      return savePortfolio(ctx, { ...made, holdings: applyOverrides(made.holdings, state.overrides) });
    },
    'portfolios.editWhatIf': ({ id, holdingId, edit }) => {
      const whatIf = findPortfolio(ctx, id);
      try {
        return savePortfolio(ctx, editWhatIfHolding(whatIf, holdingId, edit, labels()));
      } catch (err) {
        return refused(err, whatIf.holdings.find((h) => h.id === holdingId)?.symbol ?? holdingId);
      }
    },
    'portfolios.adoptWhatIf': ({ id }) => {
      const whatIf = findPortfolio(ctx, id);
      if (!whatIf.whatIfOf) refused(new WhatIfError('notWhatIf'));
      const { portfolios } = ctx.state.read();
      const original = portfolios[whatIf.whatIfOf.portfolioId];
      const { whatIfOf: _mark, ...unmarked } = whatIf;
      // Without its original (deleted since), the copy simply becomes an ordinary portfolio.
      const kept = original ? adoptWhatIf(original, whatIf, ctx.now()) : { ...unmarked, updatedAt: ctx.now().toISOString() };
      const { [id]: _copy, ...rest } = portfolios;
      ctx.state.write('portfolios', original ? { ...rest, [kept.id]: kept } : { ...portfolios, [id]: kept });
      ctx.state.write('currentPortfolioId', kept.id);
      return viewOf(ctx, kept);
    },
  } satisfies Partial<Handlers>;
}
