import { describe, expect, it } from 'vitest';
import { EXPOSURE_PALETTE } from '../../../shared/charts/exposure-palette';
import { EXPOSURE_TAGS } from '../../../shared/domain/exposure';
import { applyExposureColors } from './exposure-colors';

describe('exposure colours on the page', () => {
  it('sets one light-dark() CSS variable per tag from the shared palette', () => {
    const set = new Map<string, string>();
    applyExposureColors({ style: { setProperty: (name: string, value: string | null) => void set.set(name, value ?? '') } });
    expect([...set.keys()]).toEqual(EXPOSURE_TAGS.map((tag) => `--x-${tag}`));
    expect(set.get('--x-btc')).toBe(`light-dark(${EXPOSURE_PALETTE.light.btc}, ${EXPOSURE_PALETTE.dark.btc})`);
  });
});
