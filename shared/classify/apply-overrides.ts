import type { Holding } from '../domain/holding';
import { findOverride } from './classify-holding';
import type { Overrides } from './types';

/**
 * Puts the user's per-symbol overrides on holdings tagged automatically, keeping the automatic tags
 * in `autoExposures` so that removing an override brings them back. Holdings without one are unchanged.
 */
export function applyOverrides(holdings: readonly Holding[], overrides: Overrides): Holding[] {
  return holdings.map((h) => {
    const auto = h.autoExposures ?? h.exposures;
    const override = findOverride(h.symbol, overrides);
    if (!override) {
      if (!h.autoExposures) return h;
      const { autoExposures: _kept, ...rest } = h;
      return { ...rest, exposures: auto };
    }
    return {
      ...h,
      exposures: override.map((w) => ({ tag: w.tag, weight: w.weight, source: { kind: 'user' as const } })),
      autoExposures: auto,
    };
  });
}
