import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiCallError } from '../../../shared/api/client';

const calls = vi.hoisted(() => ({
  'portfolios.list': vi.fn(),
  'portfolios.get': vi.fn(),
  'portfolios.setOverride': vi.fn(),
  'portfolios.rename': vi.fn(),
  'portfolios.delete': vi.fn(),
}));
vi.mock('../api/api', () => ({ api: calls }));

const { usePortfolioStore } = await import('./portfolio-store');
const { useOverrideStore } = await import('../overrides/override-store');

const view = (id: string, name: string, tag = 'equity') => ({
  portfolio: { id, name, holdings: [{ symbol: 'QQQ', exposures: [{ tag, weight: 1, source: { kind: 'user' } }] }], updatedAt: 't' },
  valuation: {},
});
const summary = (id: string, name: string) => ({ id, name, holdingsCount: 1, updatedAt: 't' });

beforeEach(() => {
  Object.values(calls).forEach((fn) => fn.mockReset());
  usePortfolioStore.setState({ portfolios: [summary('a', 'A'), summary('b', 'B')], currentId: 'a', view: view('a', 'A') as never, status: 'ready', error: null });
  useOverrideStore.setState({ target: null, saving: false, error: null });
});

describe('portfolio changes', () => {
  it('saves an override through the editor, shows the answered view and closes the editor', async () => {
    calls['portfolios.setOverride'].mockResolvedValue(view('a', 'A', 'ai_equity'));
    useOverrideStore.getState().open({ symbol: 'QQQ', exposures: [] });
    await useOverrideStore.getState().save([{ tag: 'ai_equity', weight: 1 }]);
    expect(calls['portfolios.setOverride']).toHaveBeenCalledWith({ symbol: 'QQQ', exposures: [{ tag: 'ai_equity', weight: 1 }] });
    expect(usePortfolioStore.getState().view?.portfolio.holdings[0]?.exposures[0]?.tag).toBe('ai_equity');
    expect(useOverrideStore.getState().target).toBeNull();
  });

  it('removes an override with null, and keeps the editor open with the message when refused', async () => {
    calls['portfolios.setOverride'].mockRejectedValue(new ApiCallError({ code: 'bad_input', message: 'Weights must add up to 1.' }));
    useOverrideStore.getState().open({ symbol: 'QQQ', exposures: [] });
    await useOverrideStore.getState().save(null);
    expect(calls['portfolios.setOverride']).toHaveBeenCalledWith({ symbol: 'QQQ', exposures: null });
    expect(useOverrideStore.getState()).toMatchObject({ target: { symbol: 'QQQ' }, saving: false, error: 'Weights must add up to 1.' });
  });

  it('renames: the list and the open view follow', async () => {
    calls['portfolios.rename'].mockResolvedValue(view('a', 'Renamed'));
    expect(await usePortfolioStore.getState().rename('a', 'Renamed')).toBeNull();
    expect(usePortfolioStore.getState().portfolios.map((p) => p.name)).toEqual(['Renamed', 'B']);
    expect(usePortfolioStore.getState().view?.portfolio.name).toBe('Renamed');
  });

  it('deletes and opens what the back end opens next; a refusal comes back as its sentence', async () => {
    calls['portfolios.delete'].mockResolvedValue({ currentId: 'b' });
    calls['portfolios.list'].mockResolvedValue({ currentId: 'b', portfolios: [summary('b', 'B')] });
    calls['portfolios.get'].mockResolvedValue(view('b', 'B'));
    expect(await usePortfolioStore.getState().remove('a')).toBeNull();
    expect(usePortfolioStore.getState()).toMatchObject({ currentId: 'b', portfolios: [summary('b', 'B')] });

    calls['portfolios.delete'].mockRejectedValue(new ApiCallError({ code: 'not_found', message: 'There is no portfolio with the id “zz”.' }));
    expect(await usePortfolioStore.getState().remove('zz')).toBe('There is no portfolio with the id “zz”.');
  });
});
