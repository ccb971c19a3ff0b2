import type { ExposureWeight, TagSource } from '../domain/exposure';
import { checkWeights, parseBlend } from './blend';
import { matchAssetClass, matchBondRule, matchTextRule } from './rules';
import { bareSymbol, lookupSymbol } from './symbol-table';
import type { ClassifyInput, Overrides, TagWeight } from './types';

const withSource = (weights: readonly TagWeight[], source: TagSource): ExposureWeight[] =>
  weights.map((w) => ({ tag: w.tag, weight: w.weight, source: { ...source } }));

/** The user's override for a symbol, if there is a valid one (exact upper-case symbol, then the bare symbol). */
export function findOverride(symbol: string, overrides?: Overrides): TagWeight[] | null {
  if (!overrides) return null;
  const upper = symbol.trim().toUpperCase();
  const candidate = Object.hasOwn(overrides, upper) ? overrides[upper] : overrides[bareSymbol(symbol)];
  if (!Array.isArray(candidate)) return null;
  const checked = checkWeights(candidate);
  return checked.ok ? checked.weights : null;
}

/**
 * Tags a holding (DESIGN §3). Order: user override → the file's exposure column → rules
 * (bond issuer, symbol table, name / security-type text, cash-like row) → the file's asset class → unclassified.
 * Weights always sum to 1.
 */
export function classifyHolding(input: ClassifyInput, overrides?: Overrides): ExposureWeight[] {
  const override = findOverride(input.symbol, overrides);
  if (override) return withSource(override, { kind: 'user' });

  const fileText = input.exposureText?.trim() ?? '';
  if (fileText !== '') {
    const blend = parseBlend(fileText);
    if (blend.ok) return withSource(blend.weights, { kind: 'file', detail: fileText });
  }

  if (input.isBond) {
    const hit = matchBondRule(input);
    return withSource([{ tag: hit.tag, weight: 1 }], { kind: 'rule', detail: hit.name });
  }

  const fromTable = lookupSymbol(input.symbol);
  if (fromTable) return withSource(fromTable, { kind: 'rule', detail: 'symbol table' });

  const text = matchTextRule(input);
  if (text) return withSource([{ tag: text.tag, weight: 1 }], { kind: 'rule', detail: text.name });

  if (input.isCashLike) return withSource([{ tag: 'cash', weight: 1 }], { kind: 'rule', detail: 'value without a quantity (cash-like)' });

  const assetClass = input.assetClass?.trim() ?? '';
  const fromClass = assetClass === '' ? null : matchAssetClass(assetClass);
  if (fromClass) return withSource([{ tag: fromClass, weight: 1 }], { kind: 'assetClass', detail: assetClass });

  return withSource([{ tag: 'unclassified', weight: 1 }], { kind: 'none' });
}
