import { EXPOSURE_PALETTE } from '../../../shared/charts/exposure-palette';
import { EXPOSURE_TAGS } from '../../../shared/domain/exposure';

type Root = { style: Pick<CSSStyleDeclaration, 'setProperty'> };

/**
 * Sets --x-<tag> on <html> for every exposure tag, each a light-dark() pair from the shared palette, so the chips
 * (table.css), the screen's charts and the report draw an exposure in the same colour.
 */
export function applyExposureColors(root: Root = document.documentElement): void {
  for (const tag of EXPOSURE_TAGS) root.style.setProperty(`--x-${tag}`, `light-dark(${EXPOSURE_PALETTE.light[tag]}, ${EXPOSURE_PALETTE.dark[tag]})`);
}
