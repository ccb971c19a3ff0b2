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
  /** Where the file says it is listed (a Chinese broker's 市场 column: '港股', 'A股', 'SH'); absent in most files. */
  market?: string | null;
  /** The file's own exposure column: 'btc:0.8;equity:0.2' or a single tag. */
  exposureText: string | null;
  isBond: boolean;
  /** A value without a quantity (money market, pending activity, cash lines). */
  isCashLike: boolean;
};
