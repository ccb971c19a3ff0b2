import type { ExposureTag } from '../domain/exposure';
import type { MessageParams, TranslateFn } from '../i18n/translate';
import type { Claim, ClaimValue, NarrativeClaims } from './narrative-claims';

/** How the narrative writes its figures: the screen and the report each bind these to their locale and currency. */
export type NarrativeFormat = {
  money: (value: number) => string;
  pct: (fraction: number, digits?: number) => string;
  signedPct: (fraction: number) => string;
  num: (value: number, digits?: number) => string;
  /** A count of weeks spelled out: "19 weeks". */
  weeks: (weeks: number) => string;
  /** "NVDA, AMD and TSM". */
  list: (items: readonly string[]) => string;
  /** Sentences as one paragraph: joined by a space, or by nothing in Chinese. */
  sentences: (items: readonly string[]) => string;
};

/** How a locale runs sentences together: Chinese and Japanese end a sentence with a full-width stop and no space. */
export const joinSentences = (locale: string) => (items: readonly string[]): string => items.join(/^(zh|ja)\b/i.test(locale) ? '' : ' ');

const tagName = (tag: ExposureTag, t: TranslateFn) => t(`narrative.tag.${tag}`);

function valueText(v: ClaimValue, fmt: NarrativeFormat, t: TranslateFn): string {
  if ('money' in v) return fmt.money(v.money);
  if ('pct' in v) return fmt.pct(v.pct, v.digits);
  if ('signedPct' in v) return fmt.signedPct(v.signedPct);
  if ('count' in v) return fmt.num(v.count, v.digits ?? 0);
  if ('weeks' in v) return fmt.weeks(v.weeks);
  if ('days' in v) return fmt.num(v.days, 0);
  if ('tag' in v) return tagName(v.tag, t);
  if ('symbols' in v) return v.symbols.length > 0 ? fmt.list(v.symbols) : '—';
  return v.text;
}

/** One claim as its sentence. */
export function claimText(claim: Claim, fmt: NarrativeFormat, t: TranslateFn): string {
  const params: MessageParams = {};
  for (const [name, v] of Object.entries(claim.values)) params[name] = valueText(v, fmt, t);
  return t(claim.key, params);
}

/** Both paragraphs as sentences. */
export function narrativeText(claims: NarrativeClaims, fmt: NarrativeFormat, t: TranslateFn): { shock: string[]; recovery: string[] } {
  return { shock: claims.shock.map((c) => claimText(c, fmt, t)), recovery: claims.recovery.map((c) => claimText(c, fmt, t)) };
}
