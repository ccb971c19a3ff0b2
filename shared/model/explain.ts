import { z } from 'zod';
import { ExposureTag } from '../domain/exposure';
import { Factor, FACTORS } from '../domain/scenario';
import { FACTOR_INDEX } from './covariance';
import { fxReturn } from './fx';
import { bondReturn, bondYieldChange, creditPd, creditRecovery, creditRisky, instrumentReturn, staleMarkFraction } from './instruments';
import type { SubPosition } from './positions';
import { type InstrumentParams, ParamsOrigin } from './resources';

/**
 * Why an instrument model loses what it loses: the numbers of its valuation at a factor state (the run's mean
 * phase-one move), as data. The Results screen and the report turn them into one line and a detail table; nothing
 * here is text. `ret` is the model's return at that state, floored at −1 like the engine's.
 */

const { HY, IG, RATE, PC } = FACTOR_INDEX;

export const ModelExplanation = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('cash') }),
  z.object({
    kind: z.literal('linear'),
    /** r = Σ β·move over the factors the model loads on, largest contribution first. */
    terms: z.array(z.object({ factor: Factor, beta: z.number(), move: z.number() })),
    ret: z.number(),
  }),
  z.object({
    kind: z.literal('bond'),
    duration: z.number(),
    convexity: z.number(),
    rateBeta: z.number(),
    rateMove: z.number(),
    spreadFactor: z.enum(['HY', 'IG']),
    spreadBeta: z.number(),
    spreadMove: z.number(),
    /** Δy in bp = rateBeta·RATE + spreadBeta·SPREAD. */
    yieldChangeBp: z.number(),
    ret: z.number(),
  }),
  z.object({
    kind: z.literal('credit'),
    /** Revenue change ρ, EBITDA margin m, coverage DSCR₀ → DSCR′ = DSCR₀·(1 + ρ/m). */
    revenueChange: z.number(),
    ebitdaMargin: z.number(),
    dscr0: z.number(),
    dscr: z.number(),
    /** One-year default probability and recovery (per unit of face), before and after. */
    pd0: z.number(),
    pd: z.number(),
    recovery0: z.number(),
    recovery: z.number(),
    hyMove: z.number(),
    ret: z.number(),
  }),
  z.object({ kind: z.literal('listedPc'), navBeta: z.number(), pcMove: z.number(), discountPerBp: z.number(), hyMove: z.number(), ret: z.number() }),
  z.object({
    kind: z.literal('nonTradedPc'),
    /** β·PC: what the fund's NAV really lost; `markedShare` of it shows in the marks at the end of phase one. */
    navBeta: z.number(),
    pcMove: z.number(),
    markLagWeeks: z.number(),
    markedShare: z.number(),
    ret: z.number(),
  }),
]);
export type ModelExplanation = z.infer<typeof ModelExplanation>;

/**
 * The explanations of a run's distinct models, and each holding's slices (tag, blend weight, model index, and where
 * its parameters came from when not from the tag's default alone — absent in runs saved before it was recorded). A
 * holding in a currency that moves against the base also has its FX leg: the codes and φ, the change of one unit of
 * its currency in base, which multiplies every slice's value ((1 + r)(1 + φ)).
 */
export const Reasons = z.object({
  models: z.array(ModelExplanation),
  holdings: z.array(
    z.object({
      slices: z.array(z.object({ tag: ExposureTag, weight: z.number(), model: z.number().int().min(0), origin: ParamsOrigin.optional() })),
      fx: z.object({ currency: z.string(), base: z.string(), move: z.number() }).optional(),
    }),
  ),
});
export type Reasons = z.infer<typeof Reasons>;

const BP = 1e-4;

/** The valuation of `p` at factor state `f` over a phase one of `horizonWeeks`, step by step. */
export function explainModel(p: InstrumentParams, f: ArrayLike<number>, horizonWeeks: number): ModelExplanation {
  // + 0 turns −0 (a zero loading times a fall) into 0.
  const ret = instrumentReturn(p, f, horizonWeeks) + 0;
  switch (p.kind) {
    case 'cash':
      return { kind: 'cash' };
    case 'linear': {
      const terms = FACTORS.flatMap((factor) => {
        const beta = p.loadings[factor];
        return beta ? [{ factor, beta, move: f[FACTOR_INDEX[factor]]! }] : [];
      });
      terms.sort((a, b) => Math.abs(b.beta * b.move) - Math.abs(a.beta * a.move) || FACTORS.indexOf(a.factor) - FACTORS.indexOf(b.factor));
      return { kind: 'linear', terms, ret };
    }
    case 'bond':
      return {
        kind: 'bond',
        duration: p.duration,
        convexity: p.convexity,
        rateBeta: p.rateBeta,
        rateMove: f[RATE]!,
        spreadFactor: p.spreadFactor,
        spreadBeta: p.spreadBeta,
        spreadMove: f[p.spreadFactor === 'HY' ? HY : IG]!,
        yieldChangeBp: bondYieldChange(p, f) / BP,
        ret: Math.max(-1, bondReturn(p, f)),
      };
    case 'credit': {
      const s = creditRisky(p, f);
      return {
        kind: 'credit',
        revenueChange: s.revenueChange,
        ebitdaMargin: p.ebitdaMargin,
        dscr0: p.dscr0,
        dscr: s.dscr,
        pd0: creditPd(p.dscr0, p.cashFlowVol),
        pd: s.pd,
        recovery0: creditRecovery(p, 0, 0),
        recovery: s.recovery,
        hyMove: f[HY]!,
        ret,
      };
    }
    case 'privateCredit':
      return p.variant === 'listed'
        ? { kind: 'listedPc', navBeta: p.navBeta, pcMove: f[PC]!, discountPerBp: p.discountPerBp, hyMove: f[HY]!, ret }
        : { kind: 'nonTradedPc', navBeta: p.navBeta, pcMove: f[PC]!, markLagWeeks: p.markLagWeeks, markedShare: staleMarkFraction(horizonWeeks, p.markLagWeeks), ret };
  }
}

/** Reasons for every holding of a run: one explanation per distinct model (sub-positions share model objects). */
export function explainHoldings(subs: readonly SubPosition[], holdingCount: number, f: ArrayLike<number>, horizonWeeks: number): Reasons {
  const index = new Map<InstrumentParams, number>();
  const models: ModelExplanation[] = [];
  const holdings: Reasons['holdings'] = Array.from({ length: holdingCount }, () => ({ slices: [] }));
  for (const s of subs) {
    let model = index.get(s.params);
    if (model === undefined) {
      index.set(s.params, (model = models.length));
      models.push(explainModel(s.params, f, horizonWeeks));
    }
    const holding = holdings[s.holdingIndex]!;
    holding.slices.push({ tag: s.tag, weight: s.weight, model, ...(s.origin ? { origin: s.origin } : {}) });
    // + 0 turns −0 into 0, as above.
    if (s.fx && !holding.fx) holding.fx = { currency: s.fx.from, base: s.fx.to, move: fxReturn(s.fx, f) + 0 };
  }
  return { models, holdings };
}
