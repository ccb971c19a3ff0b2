import type { Formatters } from '../format/format';
import { scenarioName } from '../../../shared/i18n/builtin-text';
import { translate } from '../i18n/translate';

/**
 * The plausibility score in words, calibrated on the built-in scenarios: the draft's d (sigma) is placed against
 * the built-ins' own d, computed once with the same deterministic preview.
 */

/** A built-in scenario and its d (sigma). */
export type Reference = { id: string; name: string; sigma: number };

/** Built-ins whose d is the same (they share a phase one), shown as one. */
export type ReferenceGroup = { names: string[]; sigma: number };

export type Comparison =
  | { kind: 'noShock' }
  | { kind: 'none' }
  | { kind: 'about'; ref: ReferenceGroup }
  | { kind: 'milder'; ref: ReferenceGroup }
  | { kind: 'more'; ref: ReferenceGroup }
  | { kind: 'between'; lower: ReferenceGroup; upper: ReferenceGroup };

/** Within this share of a built-in's d (or 0.25 sigma, whichever is larger), a shock is "about as severe". */
export const ABOUT_SHARE = 0.1;
const ABOUT_FLOOR = 0.25;
const SAME = 1e-9;

/** The references sorted by d, those with the same d merged; built-ins' names in the reader's language (called at render). */
export function groupReferences(refs: readonly Reference[]): ReferenceGroup[] {
  const groups: ReferenceGroup[] = [];
  for (const ref of [...refs].sort((a, b) => a.sigma - b.sigma)) {
    const last = groups[groups.length - 1];
    if (last && Math.abs(last.sigma - ref.sigma) <= SAME * Math.max(1, ref.sigma)) last.names.push(scenarioName(ref));
    else groups.push({ names: [scenarioName(ref)], sigma: ref.sigma });
  }
  return groups;
}

/** Where a d lies among the built-ins: about as severe as the nearest, or milder / more severe / between. */
export function compareSigma(sigma: number, refs: readonly Reference[], hasShock = true): Comparison {
  if (!hasShock) return { kind: 'noShock' };
  const groups = groupReferences(refs);
  if (groups.length === 0) return { kind: 'none' };
  const nearest = groups.reduce((best, g) => (Math.abs(g.sigma - sigma) < Math.abs(best.sigma - sigma) ? g : best));
  if (Math.abs(nearest.sigma - sigma) <= Math.max(ABOUT_FLOOR, ABOUT_SHARE * nearest.sigma)) return { kind: 'about', ref: nearest };
  const upperIndex = groups.findIndex((g) => g.sigma > sigma);
  if (upperIndex === 0) return { kind: 'milder', ref: groups[0]! };
  if (upperIndex < 0) return { kind: 'more', ref: groups[groups.length - 1]! };
  return { kind: 'between', lower: groups[upperIndex - 1]!, upper: groups[upperIndex]! };
}

export type SigmaBand = 'ordinary' | 'unusual' | 'severe' | 'extreme';

/** Under 1 sigma ordinary, under 2 unusual, under 4 severe, beyond that extreme. */
export function sigmaBand(sigma: number): SigmaBand {
  if (sigma < 1) return 'ordinary';
  if (sigma < 2) return 'unusual';
  if (sigma < 4) return 'severe';
  return 'extreme';
}

function groupText(group: ReferenceGroup, fmt: Formatters, locale: string): string {
  const quoted = group.names.map((name) => translate('scenarios.plausibility.quoted', { name }));
  const names = new Intl.ListFormat(locale, { type: 'conjunction' }).format(quoted);
  return translate('scenarios.plausibility.withSigma', { names, sigma: fmt.number(group.sigma, 1) });
}

/** The comparison as a sentence: "About as severe as “AI capex bust — central banks ease” (6.5 sigma)." */
export function comparisonSentence(c: Comparison, fmt: Formatters, locale: string): string {
  switch (c.kind) {
    case 'noShock':
      return translate('scenarios.plausibility.noShock');
    case 'none':
      return translate('scenarios.plausibility.noReference');
    case 'about':
      return translate('scenarios.plausibility.about', { names: groupText(c.ref, fmt, locale) });
    case 'milder':
      return translate('scenarios.plausibility.milder', { names: groupText(c.ref, fmt, locale) });
    case 'more':
      return translate('scenarios.plausibility.more', { names: groupText(c.ref, fmt, locale) });
    case 'between':
      return translate('scenarios.plausibility.between', { lower: groupText(c.lower, fmt, locale), upper: groupText(c.upper, fmt, locale) });
  }
}
