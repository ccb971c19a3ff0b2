import { EXPOSURE_TAGS, type ExposureTag } from '../../../shared/domain/exposure';
import type { PortfolioValuation } from '../../../shared/domain/valuation';

export type ExposureRow = {
  tag: ExposureTag;
  cents: number;
  /** Share of the gross long value; null when the book has no long positions. */
  share: number | null;
};

/** The book by exposure tag, biggest first (display order breaks ties); tags worth nothing are left out. */
export function exposureRows(valuation: Pick<PortfolioValuation, 'byExposureBaseCents' | 'grossLongBaseCents'>): ExposureRow[] {
  const gross = valuation.grossLongBaseCents;
  return EXPOSURE_TAGS.map((tag) => ({ tag, cents: valuation.byExposureBaseCents[tag] ?? 0 }))
    .filter((row) => row.cents !== 0)
    .sort((a, b) => b.cents - a.cents || EXPOSURE_TAGS.indexOf(a.tag) - EXPOSURE_TAGS.indexOf(b.tag))
    .map((row) => ({ ...row, share: gross === 0 ? null : row.cents / gross }));
}
