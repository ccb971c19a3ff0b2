import { type Factor, FACTOR_UNIT } from '../../domain/scenario';
import { matrix, toRows } from '../linalg';
import type { FactorModelResource } from '../resources';
import { ewmaCovariance, ewmaEffectiveSize, ledoitWolf, sampleCovariance, toCorrelation } from './estimators';
import { fitProblem } from './fit-problems';
import { FitOptions, type FitOptionsInput, type FitResult, type FitSummary } from './fit-types';
import { compareModels, mergeModel } from './merge-model';
import { repairCorrelation } from './nearest-correlation';
import { readPriceHistory } from './price-history';
import { returnTable, type ReturnTable } from './returns';

const FREQUENCY_WORD: Record<FitSummary['frequency'], string> = { daily: 'daily', 'daily-calendar': 'daily (calendar-day)', weekly: 'weekly' };

/** The estimate, per period, and what the summary says about it. */
function estimate(table: ReturnTable, options: FitOptions) {
  if (options.method === 'ewma') return { cov: ewmaCovariance(table.rows, options.lambda), shrinkage: null, effective: ewmaEffectiveSize(options.lambda, table.rows.length) };
  if (options.method === 'sample') return { cov: sampleCovariance(table.rows), shrinkage: null, effective: table.rows.length };
  const lw = ledoitWolf(table.rows);
  return {
    cov: lw.covariance,
    shrinkage: { target: 'constant-correlation' as const, intensity: lw.intensity, averageCorrelation: lw.averageCorrelation },
    effective: table.rows.length,
  };
}

/** In words, for the model's description and each fitted factor's basis (data, in English like resources/factor-model.json). */
function methodWords(s: FitSummary): string {
  const span = `${s.returns} ${FREQUENCY_WORD[s.frequency]} returns from ${s.firstDate} to ${s.lastDate} in ${s.fileName}`;
  if (s.method === 'ewma') return `RiskMetrics EWMA (λ = ${s.lambda}) over ${span}`;
  if (s.method === 'sample') return `the sample covariance of ${span}`;
  return `Ledoit–Wolf shrinkage towards constant correlation (intensity ${s.shrinkage!.intensity.toFixed(3)}) of ${span}`;
}

/**
 * Fits annual vols and correlations to a price history (CSV text) and merges them into `defaults`: the factors the
 * file has take fitted vols and fitted correlations among themselves; the rest keep the defaults. Pure: the same text
 * and options always give the same model.
 */
export function fitHistory(text: string, fileName: string, optionsInput: FitOptionsInput, defaults: FactorModelResource): FitResult {
  const options = FitOptions.parse(optionsInput);
  const read = readPriceHistory(text, options);
  if (!read.history) return { ok: false, fileName, columns: [], problems: read.problems };
  const built = returnTable(read.history, options);
  const problems = [...read.problems, ...built.problems];
  const { table, columns } = built;
  if (!table) return { ok: false, fileName, columns, problems };

  const est = estimate(table, options);
  const k = table.factors.length;
  const annual = { n: k, a: est.cov.a.map((v) => v * table.periodsPerYear) };
  const { sd, corr } = toCorrelation(annual);
  const sym = matrix(k, toRows(corr).map((row, i) => row.map((v, j) => (i === j ? 1 : (v + corr.a[j * k + i]!) / 2))));
  const block = repairCorrelation(sym);
  if (block.repair) problems.push(fitProblem('info', 'blockRepaired', { min: block.repair.minEigenvalueBefore, change: block.repair.maxChange }));

  const summary: FitSummary = {
    fileName,
    method: options.method,
    lambda: options.method === 'ewma' ? options.lambda : null,
    window: options.window,
    frequency: table.frequency,
    periodsPerYear: table.periodsPerYear,
    firstDate: table.firstDate,
    lastDate: table.lastDate,
    rowsRead: table.rowsRead,
    rowsUsed: table.rowsUsed,
    rowsDropped: table.rowsDropped,
    returns: table.rows.length,
    effectiveReturns: est.effective,
    factors: table.factors,
    shrinkage: est.shrinkage,
  };
  const how = methodWords(summary);
  const vols = Array.from(sd);
  const unitWord = (f: Factor) => (FACTOR_UNIT[f] === 'bp' ? `${vols[table.factors.indexOf(f)]!.toFixed(1)} bp/yr of changes` : `${(vols[table.factors.indexOf(f)]! * 100).toFixed(1)} %/yr of log returns`);
  const blockRows = toRows(block.corr);
  const merged = mergeModel(defaults, {
    factors: Object.fromEntries(
      table.factors.map((f, i) => [f, { volAnnual: vols[i]!, stressSign: defaults.factors[f].stressSign, basis: `FITTED: ${unitWord(f)}, by ${how}.` }]),
    ),
    order: table.factors,
    matrix: blockRows,
    description: `Factor model fitted by ${how}. Factors the file does not have (and their correlations) keep the defaults of resources/factor-model.json. The model scales Σ to each horizon by h/52.`,
    correlationBasis: `FITTED for the pairs of ${table.factors.join(', ')} (${how}); every other pair keeps the default ASSUMPTION.`,
  });
  if (merged.repair) problems.push(fitProblem('info', 'mergedRepaired', { min: merged.repair.minEigenvalueBefore, change: merged.repair.maxChange }));
  return {
    ok: true,
    summary,
    columns,
    fitted: { vols, correlation: blockRows },
    repairs: { block: block.repair, merged: merged.repair },
    model: merged.model,
    comparison: compareModels(defaults, merged.model, new Set(table.factors)),
    problems,
  };
}
