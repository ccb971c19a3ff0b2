import { describe, expect, it } from 'vitest';
import { parseRoute, routeHref, ROUTES } from './routes';

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
