import { describe, expect, it } from 'vitest';
import { EXPOSURE_TAGS } from '../domain/exposure';
import { closestPair, contrastRatio, simulateCvd, type Dichromacy } from './color-metrics';
import { CHART_BACKGROUND, EXPOSURE_PALETTE, type PaletteTheme } from './exposure-palette';

/**
 * The floors this palette is held to. ΔE00 ≥ 15 between any two tags (≈10 is "clearly different" for small marks;
 * the palette measures 15.4); ≥ 4 between any two under a simulated dichromacy (fifteen hues cannot all stay far
 * apart there; the palette measures 4.8); WCAG 1.4.11 non-text contrast ≥ 3:1 against the chart background.
 */
const MIN_DELTA_E = 15;
const MIN_DELTA_E_CVD = 4;
const MIN_CONTRAST = 3;
const THEMES: PaletteTheme[] = ['light', 'dark'];
const DICHROMACIES: Dichromacy[] = ['protanopia', 'deuteranopia', 'tritanopia'];

const colors = (theme: PaletteTheme) => EXPOSURE_TAGS.map((tag) => EXPOSURE_PALETTE[theme][tag]);
const name = (theme: PaletteTheme, pair: { a: number; b: number }) => `${theme}: ${EXPOSURE_TAGS[pair.a]} vs ${EXPOSURE_TAGS[pair.b]}`;

describe('the exposure palette', () => {
  it('has a colour for each of the fifteen tags in both themes, all different', () => {
    for (const theme of THEMES) {
      expect(Object.keys(EXPOSURE_PALETTE[theme]).sort()).toEqual([...EXPOSURE_TAGS].sort());
      expect(new Set(colors(theme)).size).toBe(15);
    }
  });

  it.each(THEMES)('keeps every pair of tags at least ΔE00 15 apart (%s theme)', (theme) => {
    const pair = closestPair(colors(theme));
    expect(pair.deltaE, name(theme, pair)).toBeGreaterThanOrEqual(MIN_DELTA_E);
  });

  it.each(THEMES)('keeps every pair apart under simulated protanopia, deuteranopia and tritanopia (%s theme)', (theme) => {
    for (const kind of DICHROMACIES) {
      const pair = closestPair(colors(theme).map((c) => simulateCvd(c, kind)));
      expect(pair.deltaE, `${kind}, ${name(theme, pair)}`).toBeGreaterThanOrEqual(MIN_DELTA_E_CVD);
    }
  });

  it.each(THEMES)('gives every tag 3:1 contrast against the chart background (%s theme, WCAG 1.4.11)', (theme) => {
    for (const tag of EXPOSURE_TAGS) expect(contrastRatio(EXPOSURE_PALETTE[theme][tag], CHART_BACKGROUND[theme]), tag).toBeGreaterThanOrEqual(MIN_CONTRAST);
  });
});
