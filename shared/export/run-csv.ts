import type { CsvTable } from '../api/reports-api';
import { EXPOSURE_TAGS } from '../domain/exposure';
import { t } from '../i18n/translate';
import { cents, csvDocument, fraction, type CsvValue } from './csv';
import { exposureRows, holdingRows, runFileName, runValuation, type RunWithInputs } from './run-tables';
import { runJson } from './run-json';

export type ExportFile = { text: string; fileName: string };

const money = (value: number | null): CsvValue => (value === null ? null : cents(value));
const share = (value: number | null): CsvValue => (value === null ? null : fraction(value));

/** One row per holding of the run's snapshot: what it was, how it was tagged, what it lost. */
export function holdingsCsv(run: RunWithInputs): string {
  const base = run.inputs.valuation.baseCurrency;
  const rows = holdingRows(run).map((r): CsvValue[] => [
    r.holding.account,
    r.holding.symbol,
    r.holding.name,
    r.holding.currency,
    r.holding.quantity,
    r.holding.price,
    cents(r.holding.marketValueCents / 100),
    money(r.valueBase),
    base,
    r.holding.exposures.map((e) => `${e.tag} ${e.weight}`).join('; '),
    r.holding.exposures.map((e) => (e.source.detail ? `${e.source.kind}: ${e.source.detail}` : e.source.kind)).join('; '),
    money(r.loss),
    share(r.lossPct),
    share(r.defaultProbability),
    money(r.forcedSale?.proceeds ?? null),
    money(r.forcedSale?.cost ?? null),
  ]);
  return csvDocument(
    ['account', 'symbol', 'name', 'currency', 'quantity', 'price', 'market_value', 'value_base', 'base_currency', 'exposures', 'exposure_sources', 'phase_one_loss', 'loss_pct_of_value', 'default_probability', 'forced_sale_proceeds', 'forced_sale_cost'],
    rows,
  );
}

/** One row per exposure: value before, phase-one loss and its share, mean value at the end of phase two. */
export function exposuresCsv(run: RunWithInputs): string {
  const rows = exposureRows(run, runValuation(run.inputs)).map((r): CsvValue[] => [
    r.tag,
    t(`exposure.${r.tag}`),
    cents(r.valueBase),
    cents(r.loss),
    share(r.shareOfLoss),
    share(r.lossPctOfValue),
    money(r.endValue),
  ]);
  return csvDocument(['exposure', 'label', 'value_base', 'phase_one_loss', 'share_of_loss', 'loss_pct_of_value', 'mean_end_value'], rows);
}

/** Phase two by week: the value fan's quantiles, the odds of being back at the pre-shock value, the pre-shock value. */
export function fanCsv({ record }: RunWithInputs): string {
  const p2 = record.result.phaseTwo;
  const start = cents(record.result.phaseOne.startValue);
  const at = (series: readonly number[], i: number) => money(series[i] ?? null);
  const rows = p2.weeks.map((week, i): CsvValue[] => [week, at(p2.p5, i), at(p2.p25, i), at(p2.p50, i), at(p2.p75, i), at(p2.p95, i), share(p2.recoveryProbability[i] ?? null), start]);
  return csvDocument(['week', 'p5', 'p25', 'p50', 'p75', 'p95', 'recovery_probability', 'pre_shock_value'], rows);
}

/** The liquidity ladder: cash raisable net of impact cost by day, in total and per exposure. */
export function ladderCsv({ record }: RunWithInputs): string {
  const ladder = record.result.phaseTwo.liquidityLadder;
  const tags = EXPOSURE_TAGS.filter((tag) => ladder.byExposure[tag] !== undefined);
  const rows = ladder.days.map((day, i): CsvValue[] => [
    day,
    money(ladder.cashRaisable[i] ?? null),
    money(ladder.costs[i] ?? null),
    ...tags.map((tag) => money(ladder.byExposure[tag]?.[i] ?? null)),
  ]);
  return csvDocument(['day', 'cash_raisable', 'impact_cost', ...tags.map((tag) => `cash_${tag}`)], rows);
}

const BUILDERS: Record<CsvTable, (run: RunWithInputs) => string> = { holdings: holdingsCsv, exposures: exposuresCsv, fan: fanCsv, ladder: ladderCsv };

/** A table of a saved run as a CSV file: its text and a file name that names the run. */
export const exportCsv = (run: RunWithInputs, what: CsvTable): ExportFile => ({ text: BUILDERS[what](run), fileName: runFileName(what, run.record, 'csv') });

/** The whole run as JSON, the shape `cli run --json` prints. */
export const exportJson = (run: RunWithInputs): ExportFile => ({ text: `${JSON.stringify(runJson(run.record), null, 2)}\n`, fileName: runFileName('run', run.record, 'json') });
