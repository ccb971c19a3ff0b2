import type { Matrix } from '../model/linalg';
import { linearReverse, mahalanobisDistance } from './linear-reverse';

/**
 * The most plausible factor shock that drives a measure of the book to a target, for a measure the full model
 * computes (non-linear: bonds, credit-risky debt, margin sales).
 *
 * The smallest d² = fᵀΣ⁻¹f with m(f) = T satisfies Σ⁻¹f = μ·∇m(f), i.e. the shock points along Σ·∇m at the shock
 * itself. Start from the linear closed form (∇m at no shock), then repeat: take the gradient at the current shock
 * (finite differences, a step of 10⁻⁴ of each factor's standard deviation), point along Σ·∇m, and find by bisection
 * how far along that ray m reaches T. Fractional factors (returns, NAVs, depth) stop at −99 %. The shock of smallest
 * d that reaches T over the iterations is kept; the iteration stops when the direction no longer turns.
 */
export type SolveOptions = {
  /** 1 for a factor measured as a fraction (cannot fall below −1), 0 for basis points. */
  isFraction: ArrayLike<number>;
  maxIterations?: number;
};

export type SolveResult =
  | { reached: true; shock: Float64Array; d: number; value: number; iterations: number }
  /** `flat`: no shock moves the measure (an all-cash book); `bounded`: along the most plausible way it stops short of T. */
  | { reached: false; why: 'flat' | 'bounded'; best: number };

const FLOOR = -0.99;
const RAY_STEPS = 80;
/** How far below t = 1 a ray is searched: 2⁻²⁰, a millionth of the first guess. */
const HALVINGS = 20;

export function solveReverse(measure: (f: Float64Array) => number, sigma: Matrix, target: number, options: SolveOptions): SolveResult {
  const n = sigma.n;
  const clip = (f: Float64Array) => f.map((v, k) => (options.isFraction[k] && v < FLOOR ? FLOOR : v));
  const at = (u: Float64Array, t: number) => clip(u.map((v) => v * t));
  const steps = Float64Array.from({ length: n }, (_, k) => 1e-4 * Math.sqrt(Math.max(sigma.a[k * n + k]!, 1e-12)));
  const gradient = (f: Float64Array, m0: number) =>
    Float64Array.from({ length: n }, (_, k) => {
      const g = f.slice();
      // Step towards the inside of a bound: at the −99 % floor, differentiate upwards.
      g[k] = g[k]! + steps[k]!;
      return (measure(g) - m0) / steps[k]!;
    });

  const zero = new Float64Array(n);
  const m0 = measure(zero);
  if (m0 >= target) return { reached: true, shock: zero, d: 0, value: m0, iterations: 0 };
  const first = linearReverse(sigma, gradient(zero, m0), target - m0);
  if (!first) return { reached: false, why: 'flat', best: m0 };

  let u = first.shock;
  let best: { shock: Float64Array; d: number; value: number } | null = null;
  let bestValue = m0;
  let iterations = 0;
  for (; iterations < (options.maxIterations ?? 30); iterations++) {
    const hit = along(measure, (t) => at(u, t), target);
    bestValue = Math.max(bestValue, hit.value);
    if (!hit.reached) break;
    const d = mahalanobisDistance(sigma, hit.shock);
    if (!best || d < best.d - 1e-12) best = { shock: hit.shock, d, value: hit.value };
    else if (iterations > 2) break;
    const next = linearReverse(sigma, gradient(hit.shock, hit.value), 1);
    if (!next) break;
    // Next ray: along Σ·∇m at this shock, scaled to this shock's distance (so the search starts near t = 1).
    const scale = d / next.d;
    const v = next.shock.map((x) => x * scale);
    const turn = 1 - cosine(u, v);
    // Half a step when the direction swings (a kink of the book's value), the full step otherwise.
    u = turn > 0.05 ? u.map((x, k) => 0.5 * (x + v[k]!)) : v;
    if (turn < 1e-9) break;
  }
  if (!best) return { reached: false, why: 'bounded', best: bestValue };
  return { reached: true, shock: best.shock, d: best.d, value: best.value, iterations: iterations + 1 };
}

const cosine = (a: Float64Array, b: Float64Array): number => {
  let ab = 0;
  let aa = 0;
  let bb = 0;
  for (let i = 0; i < a.length; i++) {
    ab += a[i]! * b[i]!;
    aa += a[i]! * a[i]!;
    bb += b[i]! * b[i]!;
  }
  return aa === 0 || bb === 0 ? 0 : ab / Math.sqrt(aa * bb);
};

/**
 * How far along a ray (t ≥ 0) the measure first reaches `target`: doubling from t = 1 to bracket it, then bisection.
 * The measure need not rise without end: a convex term (a bond's convexity, a short's) can turn an enormous move into
 * a gain, so when t = 1 is already past the hump the search also halves t, and when nothing reaches the target it
 * answers the most the measure reaches along the ray (the hump, refined), not the value at the far end.
 */
function along(measure: (f: Float64Array) => number, ray: (t: number) => Float64Array, target: number) {
  let lo = 0;
  let hi = 1;
  let value = measure(ray(hi));
  let best = value;
  let bestT = hi;
  const seen = (t: number, v: number) => {
    if (v > best) {
      best = v;
      bestT = t;
    }
  };
  for (let i = 0; value < target && i < 12; i++) {
    lo = hi;
    hi *= 2;
    value = measure(ray(hi));
    seen(hi, value);
  }
  if (value < target) {
    // Below t = 1: the smallest t on the halving grid that still reaches the target, with the one under it.
    let reachedAt: number | null = null;
    lo = 0;
    for (let t = 0.5, i = 0; i < HALVINGS; i++, t /= 2) {
      const v = measure(ray(t));
      seen(t, v);
      if (v >= target) reachedAt = t;
      else if (reachedAt !== null) {
        lo = t;
        break;
      }
    }
    if (reachedAt === null) return { reached: false as const, value: Math.max(best, hump(measure, ray, bestT)) };
    hi = reachedAt;
    value = measure(ray(hi));
  }
  let shock = ray(hi);
  for (let i = 0; i < RAY_STEPS; i++) {
    const mid = 0.5 * (lo + hi);
    const f = ray(mid);
    const m = measure(f);
    if (m >= target) {
      hi = mid;
      shock = f;
      value = m;
    } else lo = mid;
    if (Math.abs(value - target) <= 1e-9 * Math.max(1, Math.abs(target))) break;
  }
  return { reached: true as const, shock, value };
}

/** The top of the measure near t (between t/2 and 2t) by golden-section search. */
function hump(measure: (f: Float64Array) => number, ray: (t: number) => Float64Array, t: number): number {
  const g = (Math.sqrt(5) - 1) / 2;
  let a = t / 2;
  let b = t * 2;
  let c = b - g * (b - a);
  let d = a + g * (b - a);
  let mc = measure(ray(c));
  let md = measure(ray(d));
  for (let i = 0; i < 40; i++) {
    if (mc > md) {
      b = d;
      d = c;
      md = mc;
      c = b - g * (b - a);
      mc = measure(ray(c));
    } else {
      a = c;
      c = d;
      mc = md;
      d = a + g * (b - a);
      md = measure(ray(d));
    }
  }
  return Math.max(mc, md);
}
