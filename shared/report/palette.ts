import { EXPOSURE_PALETTE } from '../charts/exposure-palette';
import type { MarkerTone } from '../charts/loss-markers';
import type { ExposureTag } from '../domain/exposure';

/** One colour per exposure tag, the same in every chart of the report and on the screen (the light theme's). */
export const EXPOSURE_COLORS: Record<ExposureTag, string> = EXPOSURE_PALETTE.light;

/** Runs A–D of a comparison. */
export const RUN_COLORS = ['#2f5fb3', '#d9622b', '#2e9d6a', '#7b4fb8'] as const;
export const runColor = (index: number): string => RUN_COLORS[index % RUN_COLORS.length] ?? '#2f5fb3';

export const LOSS_COLOR = '#c0392b';
export const GAIN_COLOR = '#2e9d6a';
export const TOTAL_COLOR = '#4a5568';
export const BAND_OUTER = '#cfe0f5';
export const BAND_INNER = '#9dbfe8';
export const MEDIAN_COLOR = '#1d4f91';

/**
 * The screen's tones on paper: the light theme's --text-muted, --warning-text, --negative and --text (theme.css), for
 * the loss histogram's reference lines and the ladder's margin loan, so they look as they do on the Results screen.
 */
export const TONE_COLORS: Record<MarkerTone, string> = { muted: '#5d6673', warning: '#7a4b00', negative: '#b3261e', text: '#1b2028' };
