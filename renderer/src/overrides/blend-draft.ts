import { EXPOSURE_TAGS, type ExposureTag, type ExposureWeight } from '../../../shared/domain/exposure';
import type { MessageKey } from '../../../shared/i18n/messages-en';
import { parseDecimal } from '../format/parse-decimal';

/** The tags a person can choose: every tag but "unclassified" (removing the override gets back to automatic). */
export const CHOOSABLE_TAGS: readonly ExposureTag[] = EXPOSURE_TAGS.filter((t) => t !== 'unclassified');

export type BlendRow = { tag: ExposureTag | ''; percent: string };
export type OverrideDraft = { mode: 'single'; tag: ExposureTag | '' } | { mode: 'blend'; rows: BlendRow[] };
export type TagWeight = { tag: ExposureTag; weight: number };
export type DraftProblem = { key: MessageKey; params?: Record<string, string> };
export type DraftResult = { ok: true; exposures: TagWeight[] } | { ok: false; problem: DraftProblem };

/** Float noise allowed around 100 % (33.33 + 33.33 + 33.34 passes; 33.33 + 66.66 does not). */
const SUM_TOLERANCE = 0.005;

/** Up to 4 decimals, without float noise: 0.8 * 100 = 80.00000000000001 → "80". */
const percentText = (weight: number): string => String(Math.round(weight * 100 * 10_000) / 10_000);

/** The editor's starting point: the holding's current tags (a blend shows as one; "unclassified" as no choice). */
export function draftFrom(exposures: readonly ExposureWeight[]): OverrideDraft {
  if (exposures.length > 1) return { mode: 'blend', rows: exposures.map((e) => ({ tag: e.tag, percent: percentText(e.weight) })) };
  const tag = exposures[0]?.tag;
  return { mode: 'single', tag: tag === undefined || tag === 'unclassified' ? '' : tag };
}

/** Switching to a blend keeps the chosen tag at 100 % and adds an empty row to fill. */
export function toBlend(draft: OverrideDraft): OverrideDraft {
  if (draft.mode === 'blend') return draft;
  return { mode: 'blend', rows: [{ tag: draft.tag, percent: draft.tag === '' ? '' : '100' }, { tag: '', percent: '' }] };
}

/** Switching to one tag keeps the heaviest tag of the blend. */
export function toSingle(draft: OverrideDraft): OverrideDraft {
  if (draft.mode === 'single') return draft;
  const heaviest = [...draft.rows].filter((r) => r.tag !== '').sort((a, b) => (parseDecimal(b.percent) ?? 0) - (parseDecimal(a.percent) ?? 0))[0];
  return { mode: 'single', tag: heaviest?.tag ?? '' };
}

/** The sum of the weights typed so far, in percent (unreadable ones count as 0). */
export const blendSum = (rows: readonly BlendRow[]): number => rows.reduce((sum, r) => sum + (parseDecimal(r.percent) ?? 0), 0);

/** Checks the draft: one tag chosen, or a blend of distinct tags with weights in (0, 100] summing to 100 %. */
export function validateDraft(draft: OverrideDraft, formatPercent: (fraction: number) => string): DraftResult {
  if (draft.mode === 'single') {
    return draft.tag === '' ? { ok: false, problem: { key: 'override.error.noTag' } } : { ok: true, exposures: [{ tag: draft.tag, weight: 1 }] };
  }
  const rows = draft.rows.filter((r) => r.tag !== '' || r.percent.trim() !== '');
  if (rows.length === 0) return { ok: false, problem: { key: 'override.error.empty' } };
  const seen = new Set<ExposureTag>();
  const parts: TagWeight[] = [];
  for (const row of rows) {
    if (row.tag === '') return { ok: false, problem: { key: 'override.error.noTag' } };
    const percent = parseDecimal(row.percent);
    if (percent === null || percent <= 0 || percent > 100) return { ok: false, problem: { key: 'override.error.weight', params: { value: row.percent } } };
    if (seen.has(row.tag)) return { ok: false, problem: { key: 'override.error.duplicate', params: { tag: row.tag } } };
    seen.add(row.tag);
    parts.push({ tag: row.tag, weight: percent / 100 });
  }
  const sum = blendSum(rows);
  if (Math.abs(sum - 100) > SUM_TOLERANCE) return { ok: false, problem: { key: 'override.error.sum', params: { sum: formatPercent(sum / 100) } } };
  // Scale away the tolerated rounding so the weights sum to 1 as the back end requires.
  return { ok: true, exposures: parts.map((p) => ({ tag: p.tag, weight: Math.min(1, (p.weight * 100) / sum) })) };
}
