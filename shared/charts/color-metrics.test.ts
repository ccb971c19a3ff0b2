import { describe, expect, it } from 'vitest';
import { ciede2000, closestPair, contrastRatio, deltaE, hexToLab, parseHex, relativeLuminance, simulateCvd } from './color-metrics';

describe('colour metrics', () => {
  it('computes WCAG luminance and contrast', () => {
    expect(relativeLuminance('#ffffff')).toBeCloseTo(1, 6);
    expect(relativeLuminance('#000000')).toBe(0);
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 6);
    expect(contrastRatio('#ffffff', '#000000')).toBeCloseTo(21, 6);
    // #767676 is the familiar lightest grey with 4.5:1 on white.
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
    expect(() => parseHex('red')).toThrow();
  });

  it('converts sRGB to CIELAB (D65)', () => {
    const [L, a, b] = hexToLab('#ff0000');
    expect(L).toBeCloseTo(53.24, 1);
    expect(a).toBeCloseTo(80.09, 1);
    expect(b).toBeCloseTo(67.2, 1);
    expect(hexToLab('#ffffff')[0]).toBeCloseTo(100, 3);
  });

  it('matches Sharma, Wu and Dalal’s CIEDE2000 test data', () => {
    const pairs: [[number, number, number], [number, number, number], number][] = [
      [[50, 2.6772, -79.7751], [50, 0, -82.7485], 2.0425],
      [[50, 0, 0], [50, -1, 2], 2.3669],
      [[50, 2.5, 0], [73, 25, -18], 27.1492],
      [[50, 2.5, 0], [50, 3.1736, 0.5854], 1.0],
      [[60.2574, -34.0099, 36.2677], [60.4626, -34.1751, 39.4387], 1.2644],
      [[22.7233, 20.0904, -46.694], [23.0331, 14.973, -42.5619], 2.0373],
      [[2.0776, 0.0795, -1.135], [0.9033, -0.0636, -0.5514], 0.9082],
    ];
    for (const [a, b, expected] of pairs) expect(ciede2000(a, b)).toBeCloseTo(expected, 3);
    expect(deltaE('#123456', '#123456')).toBe(0);
  });

  it('simulates dichromacy: red and green collapse for a protanope and a deuteranope, not for a tritanope', () => {
    const [red, green] = ['#d62728', '#2ca02c'];
    expect(deltaE(simulateCvd(red, 'deuteranopia'), simulateCvd(green, 'deuteranopia'))).toBeLessThan(deltaE(red, green) / 3);
    expect(deltaE(simulateCvd(red, 'protanopia'), simulateCvd(green, 'protanopia'))).toBeLessThan(deltaE(red, green) / 2);
    expect(deltaE(simulateCvd(red, 'tritanopia'), simulateCvd(green, 'tritanopia'))).toBeGreaterThan(deltaE(red, green) / 2);
    // Greys are seen as they are.
    expect(simulateCvd('#808080', 'deuteranopia')).toBe('#808080');
  });

  it('finds the closest pair', () => {
    expect(closestPair(['#000000', '#ffffff', '#fefefe'])).toMatchObject({ a: 1, b: 2 });
  });
});
