import type { Scenario } from '../domain/scenario';
import { dailyVol } from '../engine/build-groups';
import { annualVols, correlationMatrix, covarianceFrom } from '../model/covariance';
import { impactCostRate } from '../model/liquidity';
import { subPositions, type ValuedHolding } from '../model/positions';
import type { ModelResources } from '../model/resources';
import { applyTrade, type HedgeProxy, type HedgeTrade } from './hedge-trades';

/**
 * What a trade costs to put on today, before any shock: the square-root impact law of the liquidity ladder,
 * Y·σ_daily·√(q_day/ADV) per unit traded, with today's volatility (normal correlations, no factor move) and normal
 * depth; without an ADV the participation share stands in for q_day/ADV, as the ladder does.
 */
export function tradeCost(
  book: readonly ValuedHolding[],
  trade: HedgeTrade,
  scenario: Pick<Scenario, 'liquidity' | 'phaseOne'>,
  resources: ModelResources,
  proxies: readonly HedgeProxy[],
): number {
  // The traded line alone: the trimmed share of a holding, or the new proxy position.
  const line =
    trade.kind === 'trim'
      ? book.filter((h) => h.holding.id === trade.holdingId).map((h) => ({ ...h, valueBase: h.valueBase * trade.fraction }))
      : applyTrade([], trade, 0, proxies).filter((h) => h.holding.account === 'What-if' && h.holding.symbol === trade.symbol);
  if (line.length === 0) return 0;
  const subs = subPositions({ baseCurrency: 'USD', holdings: line, scenario: scenario as Scenario, resources });
  const fm = resources.factorModel;
  const covAnnual = covarianceFrom(correlationMatrix(fm), annualVols(fm));
  const calm = new Float64Array(covAnnual.n);
  const { impactY, participation } = scenario.liquidity;
  return subs.reduce((sum, s) => {
    if (s.params.kind === 'cash') return sum;
    const sigma = dailyVol(s.params, calm, covAnnual, scenario.phaseOne.horizonWeeks);
    return sum + Math.abs(s.value) * impactCostRate(impactY, sigma, s.value, s.adv, participation);
  }, 0);
}
