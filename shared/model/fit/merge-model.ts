import { type Factor, FACTORS, FACTOR_UNIT } from '../../domain/scenario';
import { matrix } from '../linalg';
import { FactorModelResource } from '../resources';
import type { FactorModelSnapshot, ModelComparison, PairRow } from './fit-types';
import { repairCorrelation, type Repair } from './nearest-correlation';

type Spec = FactorModelResource['factors'][Factor];

/** Part of a factor model: specs of some factors and their correlations (in `order`), with the texts that say where they come from. */
export type ModelBlock = {
  factors: Partial<Record<Factor, Spec>>;
  order: readonly Factor[];
  matrix: readonly (readonly number[])[];
  description: string;
  correlationBasis: string;
  correlationCite?: string[];
};

const isFactor = (f: string): f is Factor => (FACTORS as readonly string[]).includes(f);

/**
 * The default model with `block` on top: a factor of the block takes its spec, a pair of factors BOTH in the block its
 * correlation; every other factor keeps its default spec and every other pair its default correlation. The result is
 * made PSD (nearest correlation matrix, see repairCorrelation) when the mix is not, and the repair is reported.
 */
export function mergeModel(defaults: FactorModelResource, block: ModelBlock): { model: FactorModelResource; repair: Repair | null } {
  const n = FACTORS.length;
  const at = new Map(block.order.map((f, i) => [f, i]));
  const defaultAt = new Map(defaults.correlation.order.map((f, i) => [f, i]));
  const merged = matrix(n);
  FACTORS.forEach((a, i) =>
    FACTORS.forEach((b, j) => {
      const [bi, bj] = [at.get(a), at.get(b)];
      merged.a[i * n + j] =
        i === j ? 1 : bi !== undefined && bj !== undefined ? block.matrix[bi]![bj]! : defaults.correlation.matrix[defaultAt.get(a)!]![defaultAt.get(b)!]!;
    }),
  );
  const { corr, repair } = repairCorrelation(merged);
  const rows = Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => (i === j ? 1 : Math.max(-1, Math.min(1, corr.a[i * n + j]!)))));
  const model = FactorModelResource.parse({
    version: 1,
    description: block.description,
    factors: Object.fromEntries(FACTORS.map((f) => [f, block.factors[f] ?? defaults.factors[f]])),
    correlation: {
      order: [...FACTORS],
      matrix: rows,
      basis: block.correlationBasis,
      ...(block.correlationCite && block.correlationCite.length > 0 ? { cite: block.correlationCite } : {}),
    },
  });
  return { model, repair };
}

/**
 * A saved model or a run's snapshot as a model of today's factors: as it is when it has them all; otherwise the
 * factors it lacks (added since it was made) take their defaults, as in a fit. Factors it names that no longer exist are dropped.
 */
export function completeModel(snapshot: FactorModelSnapshot, defaults: FactorModelResource): { model: FactorModelResource; added: Factor[]; repair: Repair | null } {
  const keep = snapshot.correlation.order.map((f, i) => ({ f, i })).filter((x): x is { f: Factor; i: number } => isFactor(x.f));
  const block: ModelBlock = {
    factors: Object.fromEntries(keep.map(({ f }) => [f, snapshot.factors[f]])),
    order: keep.map((k) => k.f),
    matrix: keep.map((a) => keep.map((b) => snapshot.correlation.matrix[a.i]![b.i]!)),
    description: snapshot.description,
    correlationBasis: snapshot.correlation.basis,
    ...(snapshot.correlation.cite ? { correlationCite: snapshot.correlation.cite } : {}),
  };
  const present = new Set(block.order);
  const { model, repair } = mergeModel(defaults, block);
  return { model, added: FACTORS.filter((f) => !present.has(f)), repair };
}

/** The model's vols against the defaults for every factor, and the correlations that differ, largest change first. */
export function compareModels(defaults: FactorModelResource, model: FactorModelResource, fitted: ReadonlySet<Factor>): ModelComparison {
  const vols = FACTORS.map((factor) => {
    const d = defaults.factors[factor].volAnnual;
    const m = fitted.has(factor) ? model.factors[factor].volAnnual : null;
    return { factor, unit: FACTOR_UNIT[factor], default: d, fitted: m, change: m === null ? null : m / d - 1 };
  });
  const dAt = new Map(defaults.correlation.order.map((f, i) => [f, i]));
  const pairs: PairRow[] = [];
  FACTORS.forEach((a, i) =>
    FACTORS.forEach((b, j) => {
      if (j <= i) return;
      const d = defaults.correlation.matrix[dAt.get(a)!]![dAt.get(b)!]!;
      const m = model.correlation.matrix[i]![j]!;
      if (Math.abs(m - d) > 1e-9) pairs.push({ a, b, default: d, fitted: m, change: m - d });
    }),
  );
  pairs.sort((x, y) => Math.abs(y.change) - Math.abs(x.change));
  return { vols, pairs };
}
