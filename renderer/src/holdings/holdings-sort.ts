import { EXPOSURE_TAGS, type ExposureTag } from '../../../shared/domain/exposure';
import type { Holding } from '../../../shared/domain/holding';
import type { HoldingValuation } from '../../../shared/domain/valuation';

export const SORT_KEYS = ['symbol', 'name', 'account', 'quantity', 'price', 'value', 'weight', 'exposure'] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export type SortDirection = 'ascending' | 'descending';
/** null = the file's order. */
export type SortState = { key: SortKey; direction: SortDirection } | null;
export type HoldingFilter = { text: string; tag: ExposureTag | '' };

/** A row of the table: the holding and its base-currency valuation. */
export type HoldingLine = { holding: Holding; valuation: HoldingValuation | undefined };

type SortValue = string | number | null;

/** The tag a holding mostly is (largest weight; display order breaks ties). */
export function primaryTag(h: Holding): ExposureTag {
  const sorted = [...h.exposures].sort((a, b) => b.weight - a.weight || EXPOSURE_TAGS.indexOf(a.tag) - EXPOSURE_TAGS.indexOf(b.tag));
  return sorted[0]?.tag ?? 'unclassified';
}

function sortValue(line: HoldingLine, key: SortKey): SortValue {
  const h = line.holding;
  switch (key) {
    case 'symbol':
    case 'name':
    case 'account':
      return h[key];
    case 'quantity':
    case 'price':
      return h[key];
    case 'value':
      return line.valuation?.valueBaseCents ?? null;
    case 'weight':
      return line.valuation?.weight ?? null;
    case 'exposure':
      return EXPOSURE_TAGS.indexOf(primaryTag(h));
  }
}

/** Next state when a column header is clicked: ascending, then descending, then back to the file's order. */
export function nextSort(current: SortState, key: SortKey): SortState {
  if (current?.key !== key) return { key, direction: 'ascending' };
  return current.direction === 'ascending' ? { key, direction: 'descending' } : null;
}

/**
 * Sorted copy of the lines. Text compares in the locale (numbers inside symbols in numeric order);
 * empty values (no quantity, no FX rate) go last in either direction; ties keep the file's order.
 */
export function sortLines(lines: readonly HoldingLine[], sort: SortState, locale: string): HoldingLine[] {
  if (sort === null) return [...lines];
  const collator = new Intl.Collator(locale, { numeric: true, sensitivity: 'base' });
  const sign = sort.direction === 'ascending' ? 1 : -1;
  const keyed = lines.map((line, index) => ({ line, index, value: sortValue(line, sort.key) }));
  keyed.sort((a, b) => {
    const empty = (v: SortValue) => v === null || v === '';
    if (empty(a.value) || empty(b.value)) return empty(a.value) === empty(b.value) ? a.index - b.index : empty(a.value) ? 1 : -1;
    const order =
      typeof a.value === 'number' && typeof b.value === 'number' ? a.value - b.value : collator.compare(String(a.value), String(b.value));
    return order !== 0 ? sign * order : a.index - b.index;
  });
  return keyed.map((k) => k.line);
}

/** Lines whose symbol, name or account contain the text (any case), and that carry the tag when one is chosen. */
export function filterLines(lines: readonly HoldingLine[], filter: HoldingFilter): HoldingLine[] {
  const needle = filter.text.trim().toLocaleLowerCase();
  return lines.filter(({ holding: h }) => {
    if (filter.tag !== '' && !h.exposures.some((e) => e.tag === filter.tag)) return false;
    if (needle === '') return true;
    return [h.symbol, h.name, h.account].some((text) => text.toLocaleLowerCase().includes(needle));
  });
}

/** The tags present in the book, in display order (for the filter's choices). */
export function tagsPresent(holdings: readonly Holding[]): ExposureTag[] {
  const present = new Set(holdings.flatMap((h) => h.exposures.map((e) => e.tag)));
  return EXPOSURE_TAGS.filter((t) => present.has(t));
}
