/** Upper case, trimmed, without marker suffixes such as Fidelity's 'SPAXX**'. */
export function bareSymbol(symbol: string): string {
  return symbol.trim().toUpperCase().replace(/[*^†‡#]+$/u, '').trim();
}

/**
 * The keys a symbol is looked up by in a per-symbol table, most specific first: the bare symbol, then without an
 * exchange suffix ('00700.HK' → '00700'). Empty for an empty symbol.
 */
export function symbolKeys(symbol: string): string[] {
  const bare = bareSymbol(symbol);
  if (bare === '') return [];
  const withoutSuffix = bare.replace(/\.[A-Z]{1,2}$/, '');
  return withoutSuffix !== bare ? [bare, withoutSuffix] : [bare];
}
