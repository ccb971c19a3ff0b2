import type { Factor } from '../domain/scenario';
import type { RunResult } from '../engine/run-result';
import type { MessageKey, TranslateFn } from '../i18n/translate';
import { messagesEn } from '../i18n/messages-en';
import type { ModelExplanation } from '../model/explain';
import type { ParamsOrigin } from '../model/resources';
import type { NarrativeFormat } from './narrative-text';

/**
 * Why a holding loses what it does, in one line and a few numbers: from its instrument model's valuation at the
 * run's mean move (shared/model/explain.ts), plus any margin-call sale. The line speaks of the mean path; the
 * table's figure is the expectation over the paths, and the details give both.
 */
export type ReasonFormat = NarrativeFormat & {
  /** A factor move in its unit: "−35.0%" or "+300 bp". */
  move: (factor: Factor, value: number) => string;
  /** A signed change in bp: "+130 bp". */
  bp: (value: number) => string;
};

export type ReasonDetail = { label: string; value: string };
export type HoldingReason = { line: string; details: ReasonDetail[] };

type Row = RunResult['phaseOne']['byHolding'][number];

const factorName = (f: Factor, t: TranslateFn) => t(`results.factor.${f}`);

function modelLine(e: ModelExplanation, fmt: ReasonFormat, t: TranslateFn, isLoan: boolean): string {
  switch (e.kind) {
    case 'cash':
      return t(isLoan ? 'reason.loan' : 'reason.cash');
    case 'linear': {
      const terms = e.terms.map((x) => t('reason.term', { beta: fmt.num(x.beta, 2), factor: factorName(x.factor, t), move: fmt.move(x.factor, x.move) })).join(' + ');
      if (e.terms.length === 0) return t('reason.linearNone');
      return e.ret <= -1 ? t('reason.linearFloored', { terms }) : t('reason.linear', { terms, ret: fmt.signedPct(e.ret) });
    }
    case 'bond':
      if (e.spreadBeta === 0) return t('reason.bondRates', { dy: fmt.bp(e.yieldChangeBp), duration: fmt.num(e.duration, 1), ret: fmt.signedPct(e.ret) });
      return t('reason.bond', {
        dy: fmt.bp(e.yieldChangeBp),
        rates: fmt.bp(e.rateBeta * e.rateMove),
        spread: fmt.bp(e.spreadBeta * e.spreadMove),
        spreadName: factorName(e.spreadFactor, t),
        duration: fmt.num(e.duration, 1),
        ret: fmt.signedPct(e.ret),
      });
    case 'credit':
      if (e.dscr <= 0) return t('reason.creditWiped', { revenue: fmt.signedPct(e.revenueChange), dscr0: fmt.num(e.dscr0, 2), recovery0: fmt.pct(e.recovery0, 0), recovery: fmt.pct(e.recovery, 0), ret: fmt.signedPct(e.ret) });
      return t('reason.credit', {
        revenue: fmt.signedPct(e.revenueChange),
        dscr0: fmt.num(e.dscr0, 2),
        dscr: fmt.num(Math.max(0, e.dscr), 2),
        pd0: fmt.pct(e.pd0, 1),
        pd: fmt.pct(e.pd, 1),
        recovery0: fmt.pct(e.recovery0, 0),
        recovery: fmt.pct(e.recovery, 0),
        ret: fmt.signedPct(e.ret),
      });
    case 'listedPc':
      return t('reason.listedPc', { nav: fmt.signedPct(e.navBeta * e.pcMove), discount: fmt.signedPct(e.discountPerBp * e.hyMove), hy: fmt.bp(e.hyMove), ret: fmt.signedPct(e.ret) });
    case 'nonTradedPc': {
      const params = { lag: fmt.weeks(e.markLagWeeks), nav: fmt.signedPct(e.navBeta * e.pcMove), week: fmt.num(Math.ceil(e.markLagWeeks), 0), marked: fmt.pct(e.markedShare, 0) };
      return t(e.markedShare <= 0 ? 'reason.nonTradedLag' : 'reason.nonTradedPartial', params);
    }
  }
}

function modelDetails(e: ModelExplanation, fmt: ReasonFormat, t: TranslateFn): ReasonDetail[] {
  const d = (key: MessageKey, value: string): ReasonDetail => ({ label: t(key), value });
  switch (e.kind) {
    case 'cash':
      return [];
    case 'linear':
      return e.terms.map((x) => ({ label: t('reason.detail.term', { factor: factorName(x.factor, t) }), value: t('reason.detail.termValue', { beta: fmt.num(x.beta, 2), move: fmt.move(x.factor, x.move), contribution: fmt.signedPct(x.beta * x.move) }) }));
    case 'bond':
      return [
        d('reason.detail.duration', fmt.num(e.duration, 2)),
        d('reason.detail.convexity', fmt.num(e.convexity, 1)),
        d('reason.detail.rateMove', t('reason.detail.scaled', { beta: fmt.num(e.rateBeta, 2), move: fmt.bp(e.rateMove) })),
        { label: t('reason.detail.spreadMove', { spread: factorName(e.spreadFactor, t) }), value: t('reason.detail.scaled', { beta: fmt.num(e.spreadBeta, 2), move: fmt.bp(e.spreadMove) }) },
        d('reason.detail.yieldChange', fmt.bp(e.yieldChangeBp)),
      ];
    case 'credit':
      return [
        d('reason.detail.revenue', fmt.signedPct(e.revenueChange)),
        d('reason.detail.ebitdaMargin', fmt.pct(e.ebitdaMargin, 0)),
        d('reason.detail.dscr', t('reason.detail.beforeAfter', { before: fmt.num(e.dscr0, 2), after: fmt.num(Math.max(0, e.dscr), 2) })),
        d('reason.detail.pd', t('reason.detail.beforeAfter', { before: fmt.pct(e.pd0, 2), after: fmt.pct(e.pd, 2) })),
        d('reason.detail.recovery', t('reason.detail.beforeAfter', { before: fmt.pct(e.recovery0, 1), after: fmt.pct(e.recovery, 1) })),
        d('reason.detail.hy', fmt.bp(e.hyMove)),
      ];
    case 'listedPc':
      return [
        d('reason.detail.nav', t('reason.detail.scaled', { beta: fmt.num(e.navBeta, 2), move: fmt.signedPct(e.pcMove) })),
        d('reason.detail.discount', t('reason.detail.discountValue', { per: fmt.num(e.discountPerBp * 1e4, 2), hy: fmt.bp(e.hyMove) })),
      ];
    case 'nonTradedPc':
      return [
        d('reason.detail.nav', t('reason.detail.scaled', { beta: fmt.num(e.navBeta, 2), move: fmt.signedPct(e.pcMove) })),
        d('reason.detail.markLag', fmt.weeks(e.markLagWeeks)),
        d('reason.detail.marked', fmt.pct(e.markedShare, 0)),
      ];
  }
}

/**
 * Where a slice's parameters came from when not from its exposure's default alone: the symbol's own defaults (the
 * parameters they set that no override replaced) and the holding's override, each parameter by its name in words.
 */
/** A model parameter in words ("duration", "久期"); a key the catalogue does not know, as the model names it. */
const paramName = (key: string, t: TranslateFn): string => {
  const k = `param.${key}` as MessageKey;
  return k in messagesEn ? t(k) : key;
};

function originClauses(origin: ParamsOrigin | undefined, fmt: ReasonFormat, t: TranslateFn): string[] {
  if (!origin) return [];
  const overridden = new Set(origin.override ?? []);
  const fromSymbol = origin.symbol?.keys.filter((k) => !overridden.has(k)) ?? [];
  const names = (keys: readonly string[]) => fmt.list(keys.map((k) => paramName(k, t)));
  const out: string[] = [];
  if (origin.symbol && fromSymbol.length > 0) out.push(t('reason.fromSymbol', { params: names(fromSymbol), symbol: origin.symbol.symbol }));
  if (origin.override) out.push(t('reason.fromOverride', { params: names(origin.override) }));
  return out;
}

/**
 * The reason for holding `index` of a run (byHolding's order), or null when the run carries none (saved before
 * reasons existed). A blend gives one clause per exposure slice, with its weight; a slice whose parameters are not
 * its exposure's defaults says whose they are.
 */
export function holdingReason(result: RunResult, index: number, fmt: ReasonFormat, t: TranslateFn): HoldingReason | null {
  const reasons = result.phaseOne.reasons;
  const row: Row | undefined = result.phaseOne.byHolding[index];
  const slices = reasons?.holdings[index]?.slices;
  if (!reasons || !row || !slices) return null;
  const isLoan = (row.value ?? 0) < 0;
  const clauses = slices.flatMap((s) => {
    const line = modelLine(reasons.models[s.model]!, fmt, t, isLoan);
    const clause = slices.length === 1 ? line : t('reason.slice', { weight: fmt.pct(s.weight, 0), tag: t(`narrative.tag.${s.tag}`), reason: line });
    return [clause, ...originClauses(s.origin, fmt, t)];
  });
  const fx = reasons?.holdings[index]?.fx;
  if (fx) clauses.push(t('reason.fx', { currency: fx.currency, base: fx.base, move: fmt.signedPct(fx.move) }));
  const sale = result.phaseOne.marginCall.forcedSales.find((f) => f.holdingId === row.holdingId);
  if (sale) clauses.push(t('reason.marginSold', { proceeds: fmt.money(sale.proceeds), cost: fmt.money(sale.cost) }));
  else if (row.forcedSaleCost > 0) clauses.push(t('reason.marginCost', { cost: fmt.money(row.forcedSaleCost) }));
  if (slices.every((s) => reasons.models[s.model]!.kind === 'cash')) return { line: fmt.sentences(clauses), details: [] };
  const details: ReasonDetail[] = [];
  slices.forEach((s) => {
    const own = modelDetails(reasons.models[s.model]!, fmt, t);
    details.push(...(slices.length === 1 ? own : own.map((x) => ({ ...x, label: `${t(`narrative.tag.${s.tag}`)} · ${x.label}` }))));
  });
  if (fx) details.push({ label: t('reason.detail.fx', { currency: fx.currency, base: fx.base }), value: fmt.signedPct(fx.move) });
  const mean = result.phaseOne.meanPath?.byHolding[index];
  if (result.phaseOne.attribution === 'paths') details.push({ label: t('reason.detail.overPaths', { paths: fmt.num(result.meta.paths, 0) }), value: fmt.money(row.loss) });
  if (mean !== undefined) details.push({ label: t('reason.detail.onMeanPath'), value: fmt.money(mean) });
  if (row.forcedSaleCost > 0) details.push({ label: t('reason.detail.forcedSaleCost'), value: fmt.money(row.forcedSaleCost) });
  return { line: fmt.sentences(clauses), details };
}
