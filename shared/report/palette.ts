import type { ExposureTag } from '../domain/exposure';

/** One colour per exposure tag, the same in every chart of the report; readable in grey print too (varied lightness). */
export const EXPOSURE_COLORS: Record<ExposureTag, string> = {
  ai_equity: '#2f5fb3',
  btc: '#f29d38',
  miner_debt: '#b8322a',
  private_credit: '#7b4fb8',
  miner_equity: '#e07a5f',
  ai_infra_debt: '#8a5a2b',
  crypto_other: '#c9a227',
  equity: '#3d8f5f',
  credit: '#5f86ad',
  govt: '#86bfd0',
  cash: '#9aa3ad',
  unclassified: '#c4c4c4',
};

/** Runs A–D of a comparison. */
export const RUN_COLORS = ['#2f5fb3', '#d9622b', '#2e9d6a', '#7b4fb8'] as const;
export const runColor = (index: number): string => RUN_COLORS[index % RUN_COLORS.length] ?? '#2f5fb3';

export const LOSS_COLOR = '#c0392b';
export const GAIN_COLOR = '#2e9d6a';
export const TOTAL_COLOR = '#4a5568';
export const BAND_OUTER = '#cfe0f5';
export const BAND_INNER = '#9dbfe8';
export const MEDIAN_COLOR = '#1d4f91';
