import type { Portfolio } from '../../../shared/domain/portfolio';
import type { ExposureTag } from '../../../shared/domain/exposure';
import type { Factor, Scenario } from '../../../shared/domain/scenario';
import type { Settings } from '../../../shared/domain/settings';
import { mergeShards, prepareRun } from '../../../shared/engine';
import { valueHoldings, type ValuedHolding } from '../../../shared/model';
import { DEFAULT_RESOURCES } from '../../../shared/model/default-resources';
import type { ModelResources } from '../../../shared/model/resources';

/**
 * The editor's live preview: the pure model run in the renderer on the deterministic mean path (0 paths), with no
 * back-end call, so it can follow a slider while it moves (a couple of milliseconds on the sample book).
 */

/** The open portfolio valued in the base currency, ready for the model; holdings without an FX rate are left out. */
export type PreviewBook = { baseCurrency: string; holdings: ValuedHolding[]; excluded: string[] };

/** No book: the plausibility score does not depend on the holdings, so the built-ins are scored on this. */
export const EMPTY_BOOK: PreviewBook = { baseCurrency: 'USD', holdings: [], excluded: [] };

export function previewBook(portfolio: Portfolio, settings: Pick<Settings, 'baseCurrency' | 'fxRates'>): PreviewBook {
  const { holdings, excluded } = valueHoldings(portfolio, settings);
  return { baseCurrency: settings.baseCurrency, holdings, excluded };
}

export type ExposureLoss = { tag: ExposureTag; loss: number; share: number | null };

export type Preview = {
  startValue: number;
  /** Mean-path phase-one loss in base-currency units (positive = loss). */
  loss: number;
  lossPct: number;
  byExposure: ExposureLoss[];
  /** mahalanobis = d² (squared Mahalanobis distance of the core shocks), sigma = d. */
  plausibility: { mahalanobis: number; sigma: number };
  factors: Record<Factor, number>;
  marginCall: boolean;
};

/** Loss by exposure, largest first, each with its share of the total loss (null when there is no net loss). */
export function exposureRows(byExposure: Partial<Record<ExposureTag, number>>): ExposureLoss[] {
  const rows = (Object.entries(byExposure) as [ExposureTag, number | undefined][])
    .filter((e): e is [ExposureTag, number] => e[1] !== undefined && e[1] !== 0)
    .map(([tag, loss]) => ({ tag, loss }));
  const total = rows.reduce((sum, r) => sum + r.loss, 0);
  return rows.sort((a, b) => b.loss - a.loss || a.tag.localeCompare(b.tag)).map((r) => ({ ...r, share: total > 0 ? r.loss / total : null }));
}

/** The deterministic preview of a valid scenario on a book; throws what prepareRun throws. */
export function computePreview(book: PreviewBook, scenario: Scenario, resources: ModelResources = DEFAULT_RESOURCES): Preview {
  const prepared = prepareRun({
    baseCurrency: book.baseCurrency,
    holdings: book.holdings,
    scenario: { ...scenario, run: { paths: 0, seed: scenario.run.seed } },
    resources,
    excludedHoldings: book.excluded,
  });
  const { phaseOne } = mergeShards(prepared, []);
  return {
    startValue: phaseOne.startValue,
    loss: phaseOne.meanLoss,
    lossPct: phaseOne.meanLossPct,
    byExposure: exposureRows(phaseOne.byExposure),
    plausibility: phaseOne.plausibility,
    factors: phaseOne.factors,
    marginCall: phaseOne.marginCall.triggered,
  };
}
