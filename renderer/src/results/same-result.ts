/**
 * Whether two results are the same, figure for figure: plain JSON values compared deeply, regardless of key order.
 * A re-run from the saved snapshot must give exactly the saved result; this is how the screen checks it.
 */
export function sameValue(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((v, i) => sameValue(v, b[i]));
  const ka = Object.keys(a).filter((k) => Reflect.get(a, k) !== undefined);
  const kb = Object.keys(b).filter((k) => Reflect.get(b, k) !== undefined);
  return ka.length === kb.length && ka.every((k) => kb.includes(k) && sameValue(Reflect.get(a, k), Reflect.get(b, k)));
}
