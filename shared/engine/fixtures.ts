import type { Scenario } from '../domain/scenario';
import type { Holding } from '../domain/holding';
import { DEFAULT_RESOURCES } from '../model/default-resources';
import type { ModelInput, ValuedHolding } from '../model/positions';
import type { InstrumentOverride, ModelResources } from '../model/resources';

/** Builders for tests, the benchmark and previews: a holding, a scenario, a model input in USD. */
export { makeHolding } from '../domain/make-holding';

export function makeScenario(over: Partial<Omit<Scenario, 'phaseOne' | 'phaseTwo' | 'liquidity' | 'run'>> & {
  shocks?: Scenario['phaseOne']['shocks'];
  phaseOneWeeks?: number;
  regime?: Scenario['phaseTwo']['regime'];
  horizonWeeks?: number;
  liquidity?: Partial<Scenario['liquidity']>;
  paths?: number;
  seed?: number;
} = {}): Scenario {
  const { shocks, phaseOneWeeks, regime, horizonWeeks, liquidity, paths, seed, ...rest } = over;
  return {
    version: 1,
    id: 'test',
    name: 'Test scenario',
    description: '',
    sources: [],
    correlationConvergence: 0.5,
    severityDispersion: 0.3,
    ...rest,
    phaseOne: { shocks: shocks ?? { AI_EQ: -0.3 }, horizonWeeks: phaseOneWeeks ?? 4 },
    phaseTwo: { regime: regime ?? 'ease', horizonWeeks: horizonWeeks ?? 52 },
    liquidity: { participation: 0.15, impactY: 1, cashNeed: null, ...liquidity },
    run: { paths: paths ?? 0, seed: seed ?? 1 },
  };
}

export function makeInput(
  holdings: Holding[],
  scenario: Scenario,
  overrides?: Record<string, InstrumentOverride>,
  resources: ModelResources = DEFAULT_RESOURCES,
): ModelInput {
  const valued: ValuedHolding[] = holdings.map((holding) => ({ holding, valueBase: holding.marketValueCents / 100, advToBase: 1 }));
  return { baseCurrency: 'USD', holdings: valued, scenario, resources, ...(overrides ? { overrides } : {}) };
}

/**
 * The default resources with every income yield 0: phase two moves on prices alone, as before income was modelled.
 * Golden tests of price dynamics use it so their hand computations need no coupons (a bond's coupon in the holding
 * still pays: fixtures' holdings have none).
 */
export const PRICE_ONLY_RESOURCES: ModelResources = (() => {
  const d = DEFAULT_RESOURCES.instrumentDefaults;
  const tags = Object.fromEntries(Object.entries(d.tags).map(([tag, e]) => [tag, { ...e, params: { ...e.params, incomeYield: 0 } }]));
  return {
    ...DEFAULT_RESOURCES,
    instrumentDefaults: { ...d, tags: tags as typeof d.tags, nonTraded: { ...d.nonTraded, params: { ...d.nonTraded.params, incomeYield: 0 } } },
  };
})();
