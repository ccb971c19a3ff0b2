import { z } from 'zod';

/** Exposure tags of DESIGN.md §3, in display order. Every holding lands on at least one. */
export const EXPOSURE_TAGS = [
  'ai_equity',
  'btc',
  'miner_debt',
  'private_credit',
  'miner_equity',
  'ai_infra_debt',
  'crypto_other',
  'equity',
  'equity_cn',
  'equity_eu',
  'equity_jp',
  'credit',
  'govt',
  'cash',
  'unclassified',
] as const;

export const ExposureTag = z.enum(EXPOSURE_TAGS);
export type ExposureTag = z.infer<typeof ExposureTag>;

/** Where a tag came from: the user's override, the file's exposure column, a rule, the file's asset class, or nothing. */
export const TagSource = z.object({
  kind: z.enum(['user', 'file', 'rule', 'assetClass', 'none']),
  /** The rule's name or the asset-class text that decided it. */
  detail: z.string().optional(),
});
export type TagSource = z.infer<typeof TagSource>;

export const ExposureWeight = z.object({
  tag: ExposureTag,
  weight: z.number().min(0).max(1),
  source: TagSource,
});
export type ExposureWeight = z.infer<typeof ExposureWeight>;
