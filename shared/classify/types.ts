import type { ExposureTag } from '../domain/exposure';

/** One tag of a blend; the weights of a blend sum to 1. */
export type TagWeight = { tag: ExposureTag; weight: number };

/** The user's per-symbol override, keyed by upper-case symbol. */
export type Overrides = Record<string, TagWeight[]>;

/** What the classifier looks at; every text is as the file gave it (null when the file lacks it). */
export type ClassifyInput = {
  symbol: string;
  name: string;
  assetClass: string | null;
  securityType: string | null;
  /** The file's own exposure column: 'btc:0.8;equity:0.2' or a single tag. */
  exposureText: string | null;
  isBond: boolean;
  /** A value without a quantity (money market, pending activity, cash lines). */
  isCashLike: boolean;
};
