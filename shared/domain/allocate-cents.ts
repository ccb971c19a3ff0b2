/**
 * Rounds parts to whole cents so that the rounded parts add up exactly to the rounded total (largest remainder):
 * a table whose rows are shown to the cent then ties out to its total row to the cent, as a reader will check.
 * Each part moves by less than a cent. `total` is normally the sum of the parts (any float drift is absorbed);
 * returns integer cents.
 */
export function allocateCents(parts: readonly number[], total = parts.reduce((a, b) => a + b, 0)): number[] {
  const exact = parts.map((p) => p * 100);
  const floors = exact.map(Math.floor);
  let missing = Math.round(total * 100) + 0 - floors.reduce((a, b) => a + b, 0);
  const order = exact.map((x, i) => ({ i, rest: x - floors[i]! })).sort((a, b) => b.rest - a.rest || a.i - b.i);
  const out = floors.map((c) => c + 0);
  // Hand the missing cents to the largest remainders (or take them back from the smallest, if the total is lower).
  for (let k = 0; missing > 0 && order.length > 0; k = (k + 1) % order.length, missing--) out[order[k]!.i]! += 1;
  for (let k = order.length - 1; missing < 0 && order.length > 0; k = (k - 1 + order.length) % order.length, missing++) out[order[k]!.i]! -= 1;
  return out;
}
