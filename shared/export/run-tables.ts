import type { RunInputs, RunRecord } from '../api/runs-api';
import { EXPOSURE_TAGS, type ExposureTag } from '../domain/exposure';
import type { Holding } from '../domain/holding';
import { valuePortfolio, type PortfolioValuation } from '../domain/valuation';

/** A saved run as the report and the exports read it: the record and the portfolio snapshot behind it. */
export type RunWithInputs = { record: RunRecord; inputs: RunInputs };

/** One holding of the run's portfolio snapshot with what the run says about it. Money in base-currency units. */
export type HoldingRow = {
  holding: Holding;
  /** Null when the holding had no FX rate and was left out of the run. */
  valueBase: number | null;
  isLoan: boolean;
  /** Phase-one loss on the mean path (positive = loss); null when the holding was left out. */
  loss: number | null;
  /** Loss as a share of the holding's absolute value. */
  lossPct: number | null;
  defaultProbability: number | null;
  forcedSale: { proceeds: number; cost: number } | null;
};

export type ExposureRow = {
  tag: ExposureTag;
  /** Value before the shock (loans count under cash). */
  valueBase: number;
  loss: number;
  /** Share of the summed mean-path loss; null when there is no net loss. */
  shareOfLoss: number | null;
  lossPctOfValue: number | null;
  /** Mean value at the end of phase two. */
  endValue: number | null;
};

export const runValuation = (inputs: RunInputs): PortfolioValuation => valuePortfolio(inputs.portfolio, inputs.valuation);

/** Every holding of the snapshot, in the file's order, joined with its loss, default odds and forced sale. */
export function holdingRows({ record, inputs }: RunWithInputs, valuation = runValuation(inputs)): HoldingRow[] {
  const { phaseOne, phaseTwo } = record.result;
  const losses = new Map(phaseOne.byHolding.map((h) => [h.holdingId, h.loss]));
  const defaults = new Map(phaseTwo.defaults.byHolding.map((h) => [h.holdingId, h.probability]));
  const sales = new Map(phaseOne.marginCall.forcedSales.map((s) => [s.holdingId, { proceeds: s.proceeds, cost: s.cost }]));
  return inputs.portfolio.holdings.map((holding, i) => {
    const row = valuation.rows[i];
    const valueBase = row?.valueBaseCents == null ? null : row.valueBaseCents / 100;
    const excluded = valueBase === null || record.result.meta.excludedHoldings.includes(holding.id);
    const loss = excluded ? null : (losses.get(holding.id) ?? 0);
    return {
      holding,
      valueBase,
      isLoan: row?.isLoan ?? false,
      loss,
      lossPct: loss === null || valueBase === null || valueBase === 0 ? null : loss / Math.abs(valueBase),
      defaultProbability: defaults.get(holding.id) ?? null,
      forcedSale: sales.get(holding.id) ?? null,
    };
  });
}

/** Exposures that carry value or loss in this run, in display order. */
export function exposureRows({ record, inputs }: RunWithInputs, valuation = runValuation(inputs)): ExposureRow[] {
  const { byExposure } = record.result.phaseOne;
  const { endByExposure } = record.result.phaseTwo;
  const total = Object.values(byExposure).reduce<number>((sum, v) => sum + (v ?? 0), 0);
  return EXPOSURE_TAGS.filter((tag) => (valuation.byExposureBaseCents[tag] ?? 0) !== 0 || byExposure[tag] !== undefined).map((tag) => {
    const valueBase = (valuation.byExposureBaseCents[tag] ?? 0) / 100;
    const loss = byExposure[tag] ?? 0;
    return {
      tag,
      valueBase,
      loss,
      shareOfLoss: total > 0 ? loss / total : null,
      lossPctOfValue: valueBase > 0 ? loss / valueBase : null,
      endValue: endByExposure[tag] ?? null,
    };
  });
}

/** A file-name-safe short form of a name: lower case, letters and digits joined by dashes. */
export function slug(name: string, fallback = 'run'): string {
  const made = name
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/g, '');
  return made || fallback;
}

/** `aftershock-<what>-<portfolio>-<run id's first 8>.<ext>`: the same run always gives the same name. */
export const runFileName = (what: string, record: RunRecord, ext: string): string =>
  `aftershock-${what}-${slug(record.meta.portfolioName)}-${slug(record.runId.slice(0, 8))}.${ext}`;
