import type { ExposureTag } from '../domain/exposure';

/**
 * One colour per exposure tag, for each theme: the Results and Portfolio charts and the exposure chips (through the
 * --x-<tag> CSS variables the renderer sets from this table) and the report's SVG charts (light, on white paper).
 *
 * How it was chosen: one hue family per tag, kept across themes (AI equity violet, bitcoin orange, miner debt red,
 * private credit brown, miner equity gold, AI-infra debt magenta, other crypto teal, equity blue, credit cyan,
 * government bonds green, cash grey, unclassified olive), darker on the light theme and lighter on the dark one;
 * lightness and chroma then tuned by a search that maximised the smallest pairwise CIEDE2000 difference, also under
 * simulated protanopia, deuteranopia and tritanopia (Machado et al. 2009), with every colour at least 3:1 against
 * the chart background (WCAG 1.4.11). The three regional equity tags came later (China / Hong Kong rose, euro area
 * petrol, Japan khaki): the same search over sRGB with the twelve fixed, each new hue within 20° of itself across
 * the themes and its lightness and chroma inside the range of the twelve. Measured: smallest pairwise ΔE00 15.4 on
 * either theme (4.8 or more under each simulated dichromacy), contrast 3.3:1 or more on white and 5.5:1 or more on
 * the dark surface; the floors are in exposure-palette.test.ts.
 *
 * Fifteen categories cannot all be told apart by colour alone by everyone: the legend lists them in stack order,
 * the stacked segments are separated by a thin line, and every chart has a table with the same numbers.
 */

export type PaletteTheme = 'light' | 'dark';

/** What the charts are drawn on: --surface in theme.css (light, dark); the report's paper is white. */
export const CHART_BACKGROUND: Record<PaletteTheme, string> = { light: '#ffffff', dark: '#181c22' };

export const EXPOSURE_PALETTE: Record<PaletteTheme, Record<ExposureTag, string>> = {
  light: {
    ai_equity: '#7b569e',
    btc: '#d47024',
    miner_debt: '#b11f00',
    private_credit: '#644d42',
    miner_equity: '#916c00',
    ai_infra_debt: '#981264',
    crypto_other: '#198171',
    equity: '#285195',
    equity_cn: '#f84888',
    equity_eu: '#006880',
    equity_jp: '#909038',
    credit: '#4493ac',
    govt: '#5f9b5a',
    cash: '#808185',
    unclassified: '#565d28',
  },
  dark: {
    ai_equity: '#b39ed9',
    btc: '#f98f00',
    miner_debt: '#fe6967',
    private_credit: '#d3b29a',
    miner_equity: '#c4aa47',
    ai_infra_debt: '#e971b7',
    crypto_other: '#73c7bb',
    equity: '#4694f3',
    equity_cn: '#f8b8c8',
    equity_eu: '#38a0b0',
    equity_jp: '#80a050',
    credit: '#75cdf5',
    govt: '#73e161',
    cash: '#979a9e',
    unclassified: '#d8dcaf',
  },
};
