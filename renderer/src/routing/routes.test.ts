import { describe, expect, it } from 'vitest';
import { FX_SETTINGS_HREF, parseRoute, parseSection, REVERSE_HREF, REVERSE_SECTION, routeHref, ROUTES } from './routes';

describe('parseRoute', () => {
  it('reads the screen from the hash and falls back to the portfolio', () => {
    expect(parseRoute('#/settings')).toBe('settings');
    expect(parseRoute('#compare')).toBe('compare');
    expect(parseRoute('#/results/run-1')).toBe('results');
    expect(parseRoute('')).toBe('portfolio');
    expect(parseRoute('#/nowhere')).toBe('portfolio');
  });

  it('round-trips every route through its link', () => {
    for (const route of ROUTES) expect(parseRoute(routeHref(route))).toBe(route);
  });
});

describe('parseSection', () => {
  it('reads the section after the screen, so the FX link opens Settings at its FX table', () => {
    expect(FX_SETTINGS_HREF).toBe('#/settings/fx');
    expect(parseRoute(FX_SETTINGS_HREF)).toBe('settings');
    expect(parseSection(FX_SETTINGS_HREF)).toBe('fx');
    expect(parseSection('#/settings')).toBeNull();
    expect(parseSection('')).toBeNull();
  });

  it('names the Reverse tab of Scenarios', () => {
    expect(REVERSE_HREF).toBe('#/scenarios/reverse');
    expect(parseRoute(REVERSE_HREF)).toBe('scenarios');
    expect(parseSection(REVERSE_HREF)).toBe(REVERSE_SECTION);
  });
});
