import { z } from 'zod';
import data from '../../resources/exposure-rules.json';
import { ExposureTag } from '../domain/exposure';
import { bondIssuerSymbol } from './bond';
import { lookupSymbol } from './symbol-table';
import type { ClassifyInput } from './types';

const RuleField = z.enum(['symbol', 'name', 'securityType', 'market']);
const RulesFile = z.object({
  bond: z.array(
    z.object({
      name: z.string(),
      tag: ExposureTag,
      pattern: z.string(),
      issuerSymbolTags: z.array(ExposureTag).optional(),
      issuerSymbols: z.array(z.string()).optional(),
    }),
  ),
  bondDefault: z.object({ name: z.string(), tag: ExposureTag }),
  text: z.array(z.object({ name: z.string(), fields: z.array(RuleField).min(1), pattern: z.string(), tag: ExposureTag })),
  assetClass: z.array(z.object({ pattern: z.string(), tag: ExposureTag })),
});

/** A rule that matched: its tag and its name (shown as where the tag came from). */
export type RuleHit = { tag: ExposureTag; name: string };

const file = RulesFile.parse(data);
const compile = (pattern: string): RegExp => new RegExp(pattern, 'iu');
const BOND_RULES = file.bond.map((r) => ({ ...r, regex: compile(r.pattern), issuers: new Set(r.issuerSymbols ?? []) }));
const TEXT_RULES = file.text.map((r) => ({ ...r, regex: compile(r.pattern) }));
const ASSET_CLASS_RULES = file.assetClass.map((r) => ({ ...r, regex: compile(r.pattern) }));

/** Decides a bond's tag from its issuer (symbol-table list of the issuer's shares, or issuer name). */
export function matchBondRule(input: ClassifyInput): RuleHit {
  const issuer = bondIssuerSymbol(input.symbol);
  const issuerTags = lookupSymbol(issuer)?.map((w) => w.tag) ?? [];
  const text = `${input.symbol} ${input.name}`;
  for (const rule of BOND_RULES) {
    const bySymbol = rule.issuers.has(issuer) || (rule.issuerSymbolTags ?? []).some((t) => issuerTags.includes(t));
    if (bySymbol || rule.regex.test(text)) return { tag: rule.tag, name: rule.name };
  }
  return { tag: file.bondDefault.tag, name: file.bondDefault.name };
}

/** The first text rule whose pattern matches one of its fields. */
export function matchTextRule(input: ClassifyInput): RuleHit | null {
  for (const rule of TEXT_RULES) {
    for (const field of rule.fields) {
      const value = input[field];
      if (value && rule.regex.test(value)) return { tag: rule.tag, name: rule.name };
    }
  }
  return null;
}

/** The tag the file's own asset-class text points to. */
export function matchAssetClass(assetClass: string): ExposureTag | null {
  return ASSET_CLASS_RULES.find((r) => r.regex.test(assetClass))?.tag ?? null;
}
