import type { ExposureTag } from '../domain/exposure';
import type { Holding } from '../domain/holding';
import type { Portfolio } from '../domain/portfolio';
import type { Scenario } from '../domain/scenario';
import type { Settings } from '../domain/settings';
import { symbolKeys } from '../domain/symbol';
import { fxToBase, valuePortfolio } from '../domain/valuation';
import { type FxLeg, fxLeg } from './fx';
import {
  type InstrumentDefaultsResource,
  type InstrumentOverride,
  InstrumentParams,
  type InstrumentSymbolsResource,
  type ModelResources,
  type ParamsOrigin,
} from './resources';

/**
 * A holding with its value in the base currency (units, not cents), and the rate that converts its average daily
 * traded value (Holding.advValue is in US dollars) into the base currency — null when USD has no rate.
 */
export type ValuedHolding = { holding: Holding; valueBase: number; advToBase: number | null };

/** Everything a run needs, as data. Overrides are keyed by holding id. */
export type ModelInput = {
  baseCurrency: string;
  holdings: ValuedHolding[];
  scenario: Scenario;
  resources: ModelResources;
  overrides?: Record<string, InstrumentOverride>;
  /** Holdings the caller left out (no FX rate), reported in the result's meta. */
  excludedHoldings?: string[];
  /** A day whose cash raisable on the mean path the caller needs (the reverse stress test's cash target). */
  cashByDay?: number;
};

/** Values a portfolio with shared/domain/valuation (exact cents); holdings without an FX rate are left out and named. */
export function valueHoldings(
  portfolio: Portfolio,
  settings: Pick<Settings, 'baseCurrency' | 'fxRates'>,
): { holdings: ValuedHolding[]; excluded: string[] } {
  const valuation = valuePortfolio(portfolio, settings);
  const advToBase = fxToBase('USD', settings.baseCurrency, settings.fxRates, portfolio.fileFx);
  const holdings: ValuedHolding[] = [];
  const excluded: string[] = [];
  portfolio.holdings.forEach((holding, i) => {
    const cents = valuation.rows[i]?.valueBaseCents ?? null;
    if (cents === null) excluded.push(holding.id);
    else holdings.push({ holding, valueBase: cents / 100, advToBase });
  });
  return { holdings, excluded };
}

/** One exposure slice of a holding (a blend gives several), with its resolved instrument model. */
export type SubPosition = {
  holdingIndex: number;
  tag: ExposureTag;
  /** Base-currency value of the slice (negative: short, or a loan when the model is cash). */
  value: number;
  /** The slice's weight in the holding's blend (1 for a single tag). */
  weight: number;
  /** Average daily traded value of the slice in base currency (the holding's ADV × weight), or null. */
  adv: number | null;
  params: InstrumentParams;
  /** Where the parameters came from beyond the tag's default (per-symbol defaults, the holding's override); null: the default alone. */
  origin: ParamsOrigin | null;
  /** Income a year as a share of the slice's value (incomeYieldOf). */
  incomeYield: number;
  /** How its value in base moves with its currency (null: its currency moves like the base). */
  fx: FxLeg | null;
};

/**
 * A holding's income a year as a share of its value before the shock: a user override of `incomeYield`, then the
 * file's yield column, then a bond's coupon over its price (both per 100 of face: the current yield), then the
 * model's default (instrument-defaults.json), else 0.
 */
export function incomeYieldOf(holding: Holding, params: InstrumentParams, override: InstrumentOverride | undefined): number {
  if (override?.incomeYield !== undefined) return override.incomeYield;
  if (holding.incomeYield !== null && holding.incomeYield !== undefined) return holding.incomeYield;
  if (holding.coupon !== null && holding.price !== null && holding.price > 0) return holding.coupon / holding.price;
  return params.incomeYield ?? 0;
}

const stableKey = (value: unknown): string =>
  value !== null && typeof value === 'object'
    ? `{${Object.keys(value)
        .sort()
        .map((k) => `${k}:${stableKey((value as Record<string, unknown>)[k])}`)
        .join(',')}}`
    : String(value);

/** A per-symbol default as the engine applies it: its group (holdings of one group share a model), tag and parameters. */
export type SymbolDefault = { group: number; tag: ExposureTag; params: InstrumentOverride; keys: string[] };

/** The per-symbol defaults by bare symbol. */
export function symbolDefaults(symbols: InstrumentSymbolsResource): ReadonlyMap<string, SymbolDefault> {
  const table = new Map<string, SymbolDefault>();
  symbols.groups.forEach((g, group) => {
    const entry = { group, tag: g.tag, params: g.params, keys: Object.keys(g.params) };
    for (const s of g.symbols) table.set(s, entry);
  });
  return table;
}

/** The per-symbol default of a holding's slice of `tag`: its bare symbol, then without an exchange suffix; null when none. */
function symbolDefaultOf(symbol: string, tag: ExposureTag, table: ReadonlyMap<string, SymbolDefault>): { symbol: string; entry: SymbolDefault } | null {
  for (const key of symbolKeys(symbol)) {
    const entry = table.get(key);
    if (entry) return entry.tag === tag ? { symbol: key, entry } : null;
  }
  return null;
}

export type ResolvedParams = { params: InstrumentParams; origin: ParamsOrigin | null };

/**
 * The holding's model for one tag: the tag's default (non-traded funds by pattern), then the symbol's own defaults
 * (resources/instrument-symbols.json) when it has some for this tag, then the holding's override. Holdings that end
 * with the same parameters by the same route get the same object (`cache`), so later steps can key on identity.
 */
export function resolveParams(
  holding: Holding,
  tag: ExposureTag,
  defaults: InstrumentDefaultsResource,
  nonTraded: RegExp,
  override: InstrumentOverride | undefined,
  symbols: ReadonlyMap<string, SymbolDefault> = new Map(),
  cache: Map<string, InstrumentParams> = new Map(),
): ResolvedParams {
  let base: InstrumentParams = defaults.tags[tag].params;
  const variant = override?.variant;
  if (base.kind === 'privateCredit') {
    const isNonTraded = variant ? variant === 'nonTraded' : nonTraded.test(`${holding.securityType ?? ''} ${holding.name} ${holding.symbol}`);
    if (isNonTraded) base = defaults.nonTraded.params;
  }
  const merged = (key: string, from: InstrumentParams, fields: object): InstrumentParams => {
    const hit = cache.get(key);
    if (hit) return hit;
    const params = InstrumentParams.parse({ ...from, ...fields, kind: from.kind });
    cache.set(key, params);
    return params;
  };
  const baseKey = `${tag}|${base === defaults.nonTraded.params ? 'nt' : ''}`;
  const own = symbolDefaultOf(holding.symbol, tag, symbols);
  if (own) base = merged(`${baseKey}|symbol ${own.entry.group}`, base, own.entry.params);
  const fromSymbol = own ? { symbol: { symbol: own.symbol, keys: own.entry.keys } } : {};
  if (!override) return { params: base, origin: own ? fromSymbol : null };
  const { advValue: _adv, ...fields } = override;
  const params = merged(`${baseKey}|${own ? `symbol ${own.entry.group}` : ''}|${stableKey(fields)}`, base, fields);
  const overridden = Object.keys(fields).filter((k) => k !== 'kind' && k in params);
  const origin: ParamsOrigin = { ...fromSymbol, ...(overridden.length > 0 ? { override: overridden } : {}) };
  return { params, origin: own || overridden.length > 0 ? origin : null };
}

export function subPositions(input: ModelInput): SubPosition[] {
  const defaults = input.resources.instrumentDefaults;
  const nonTraded = new RegExp(defaults.nonTradedPattern, 'i');
  const symbols = symbolDefaults(input.resources.instrumentSymbols);
  const cache = new Map<string, InstrumentParams>();
  // One leg object per currency, so that groups can key on it.
  const legs = new Map<string, FxLeg | null>();
  const legOf = (currency: string): FxLeg | null => {
    if (!legs.has(currency)) legs.set(currency, fxLeg(currency, input.baseCurrency));
    return legs.get(currency)!;
  };
  const out: SubPosition[] = [];
  input.holdings.forEach(({ holding, valueBase, advToBase }, holdingIndex) => {
    const override = input.overrides?.[holding.id];
    const advUsd = override?.advValue ?? holding.advValue;
    const fx = legOf(holding.currency);
    for (const e of holding.exposures) {
      if (e.weight === 0) continue;
      const { params, origin } = resolveParams(holding, e.tag, defaults, nonTraded, override, symbols, cache);
      out.push({
        holdingIndex,
        tag: e.tag,
        value: valueBase * e.weight,
        weight: e.weight,
        adv: advUsd === null || advUsd === undefined || advToBase === null ? null : advUsd * advToBase * e.weight,
        params,
        origin,
        incomeYield: params.kind === 'cash' ? 0 : incomeYieldOf(holding, params, override),
        fx,
      });
    }
  });
  return out;
}

/**
 * Holdings that share an instrument model and a currency (same parameters, tag, side and FX leg) priced once per
 * path: the FX leg is one multiplication per group and path, never per holding.
 */
export type ModelGroup = {
  key: string;
  tag: ExposureTag;
  params: InstrumentParams;
  long: boolean;
  fx: FxLeg | null;
  value: number;
  /** Σ v_i²·σ_i²: the group's idiosyncratic variance (annual), independent names diversifying. */
  idioVariance: number;
  /** Σ v_i·y_i: the group's income a year (its members' yields differ; income is linear in value). */
  income: number;
  members: number[];
};

/**
 * Aggregates sub-positions into model groups. Zero values stay out, and so do cash and loans in a currency that moves
 * like the base: they are a constant. Cash in another currency is a group: its value in base moves with the FX leg.
 */
export function groupPositions(subs: readonly SubPosition[]): ModelGroup[] {
  const keyOf = new Map<InstrumentParams, string>();
  const groups = new Map<string, ModelGroup>();
  subs.forEach((s, i) => {
    if ((s.params.kind === 'cash' && s.fx === null) || s.value === 0) return;
    let pk = keyOf.get(s.params);
    if (pk === undefined) keyOf.set(s.params, (pk = stableKey(s.params)));
    const long = s.value > 0;
    const key = `${s.tag}|${long ? 'L' : 'S'}|${pk}${s.fx === null ? '' : `|${s.fx.key}`}`;
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { key, tag: s.tag, params: s.params, long, fx: s.fx, value: 0, idioVariance: 0, income: 0, members: [] }));
    g.value += s.value;
    g.idioVariance += (s.value * s.params.idioVolAnnual) ** 2;
    g.income += s.value * s.incomeYield;
    g.members.push(i);
  });
  return [...groups.values()];
}
