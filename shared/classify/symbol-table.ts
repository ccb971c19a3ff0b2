import { z } from 'zod';
import data from '../../resources/exposure-symbols.json';
import { ExposureTag } from '../domain/exposure';
import { bareSymbol, symbolKeys } from '../domain/symbol';
import { checkWeights } from './blend';
import type { TagWeight } from './types';

const SymbolFile = z.object({
  tags: z.partialRecord(ExposureTag, z.array(z.string().min(1))),
  blends: z.record(z.string().min(1), z.partialRecord(ExposureTag, z.number())),
});

export { bareSymbol };

function buildTable(): ReadonlyMap<string, TagWeight[]> {
  const file = SymbolFile.parse(data);
  const table = new Map<string, TagWeight[]>();
  for (const [tag, symbols] of Object.entries(file.tags)) {
    const parsed = ExposureTag.parse(tag);
    for (const s of symbols ?? []) table.set(bareSymbol(s), [{ tag: parsed, weight: 1 }]);
  }
  for (const [symbol, blend] of Object.entries(file.blends)) {
    const weights = Object.entries(blend).map(([tag, weight]) => ({ tag: ExposureTag.parse(tag), weight: weight ?? 0 }));
    const checked = checkWeights(weights);
    if (!checked.ok) throw new Error(`exposure-symbols.json: blend of ${symbol} is invalid (${checked.problem})`);
    table.set(bareSymbol(symbol), checked.weights);
  }
  return table;
}

const TABLE = buildTable();

/** The symbol table's tags for a symbol: the bare symbol first, then without an exchange suffix ('00700.HK'). */
export function lookupSymbol(symbol: string): TagWeight[] | null {
  for (const key of symbolKeys(symbol)) {
    const hit = TABLE.get(key);
    if (hit) return hit;
  }
  return null;
}
