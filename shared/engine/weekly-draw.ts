import { FACTOR_COUNT } from '../model/covariance';
import { IS_FRACTION } from './kernel';
import { BATCH, type Runtime } from './runtime';

/**
 * One phase-two week of a batch's correlated draw and factor update, W_j += Σ_k L_jk·z_k then
 * f_k(j) = f1·a (+ min(f1, 0)·Δa) + W_j, floored at −1 for fractions: simulate-batch.ts's two loops fused into one
 * pass per path, generated for the run's Cholesky factor (its non-zero entries as literals, W and z in locals), so
 * each W_j is loaded and stored once a week instead of once per term. The sums are the same, term by term in the same
 * order, so the bits are the loops' (tested). Node only: the generated code needs eval, which the renderer's CSP
 * refuses — and the renderer never draws noise (it runs the mean path alone).
 */
export type WeeklyDraw = (zb: Float64Array, Wb: Float64Array, fb: Float64Array, f1b: Float64Array, m: Float64Array, md: Float64Array, t: number, count: number) => void;

const lit = (x: number): string => `(${Object.is(x, -0) ? '-0' : String(x)})`;

/** The source of the fused week for this runtime (exported for the test that reads it). */
export function weeklyDrawSource(rt: Pick<Runtime, 'nUsed' | 'usedIdx' | 'weeklyChol' | 'signDependent'>): string {
  const { nUsed, usedIdx, weeklyChol, signDependent } = rt;
  const NB = BATCH;
  const head: string[] = [`const zo = (t - 1) * ${nUsed * NB};`, `const mo = t * ${FACTOR_COUNT};`];
  const body: string[] = [];
  const used = new Set<number>();
  for (let j = 0; j < nUsed; j++) for (let k = 0; k <= j; k++) if (weeklyChol[j * nUsed + k]! !== 0) used.add(k);
  for (const k of [...used].sort((a, b) => a - b)) body.push(`const z${k} = zb[zo + ${k * NB} + p];`);
  for (let j = 0; j < nUsed; j++) {
    const f = usedIdx[j]!;
    head.push(`const a${j} = m[mo + ${f}];`);
    body.push(`let w${j} = Wb[${j * NB} + p];`);
    for (let k = 0; k <= j; k++) {
      const c = weeklyChol[j * nUsed + k]!;
      if (c !== 0) body.push(`w${j} = w${j} + ${lit(c)} * z${k};`);
    }
    body.push(`Wb[${j * NB} + p] = w${j};`);
    body.push(`const f${j} = f1b[${f * NB} + p];`);
    if (signDependent[f] === 1) {
      head.push(`const d${j} = md[mo + ${f}];`);
      body.push(`const v${j} = f${j} * a${j} + Math.min(f${j}, 0) * d${j} + w${j};`);
    } else body.push(`const v${j} = f${j} * a${j} + w${j};`);
    body.push(IS_FRACTION[f] === 1 ? `fb[${f * NB} + p] = v${j} < -1 ? -1 : v${j};` : `fb[${f * NB} + p] = v${j};`);
  }
  return [...head, 'for (let p = 0; p < count; p++) {', ...body.map((l) => `  ${l}`), '}'].join('\n');
}

const compiled = new WeakMap<Runtime, WeeklyDraw>();

/** The fused week for this runtime, generated on first use. */
export function weeklyDraw(rt: Runtime): WeeklyDraw {
  let fn = compiled.get(rt);
  if (!fn) {
    // Generated from the run's own numbers (Cholesky entries, indices), never from text a user gave.
    fn = new Function('zb', 'Wb', 'fb', 'f1b', 'm', 'md', 't', 'count', weeklyDrawSource(rt)) as WeeklyDraw;
    compiled.set(rt, fn);
  }
  return fn;
}
