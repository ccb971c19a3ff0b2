import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiCallError } from '../../../shared/api/client';
import type { Settings } from '../../../shared/domain/settings';
import { currentLanguage, setLanguage } from '../../../shared/i18n/translate';

const calls = vi.hoisted(() => ({
  'app.info': vi.fn(),
  'settings.get': vi.fn(),
  'settings.update': vi.fn(),
  'portfolios.list': vi.fn(),
  'portfolios.get': vi.fn(),
  'portfolios.select': vi.fn(),
}));
vi.mock('../api/api', () => ({ api: calls }));

const { useAppStore } = await import('./app-store');
const { usePortfolioStore } = await import('../portfolio/portfolio-store');

const settings: Settings = { baseCurrency: 'USD', locale: 'en-US', theme: 'system', fxRates: {} };
const info = { name: 'Aftershock', version: '0.1.0', host: 'web', dataDir: '/data', recovery: [] };
const fail = (message: string) => new ApiCallError({ code: 'rejected', message });
const view = (currency: string) => ({ portfolio: { id: 'p' }, valuation: { baseCurrency: currency } });

beforeEach(() => {
  Object.values(calls).forEach((fn) => fn.mockReset());
  useAppStore.setState({ info: null, settings: null, status: 'idle', error: null, saving: false, saveError: null, savedAt: null });
  usePortfolioStore.setState({ portfolios: [], currentId: null, view: null, status: 'idle', error: null });
});

describe('app store', () => {
  it('loads app info and settings, or shows the call’s own message', async () => {
    calls['app.info'].mockResolvedValue(info);
    calls['settings.get'].mockResolvedValue({ ...settings, language: 'en' });
    await useAppStore.getState().load();
    expect(useAppStore.getState()).toMatchObject({ status: 'ready', info, settings: { ...settings, language: 'en' }, language: 'en' });

    calls['app.info'].mockRejectedValue(fail('This page needs the link with its access token.'));
    await useAppStore.getState().load();
    expect(useAppStore.getState()).toMatchObject({ status: 'error', error: 'This page needs the link with its access token.' });
  });

  it('on the first start takes the OS language and remembers it; a saved language wins over the OS', async () => {
    vi.stubGlobal('navigator', { languages: ['zh-CN', 'en-US'], language: 'zh-CN' });
    try {
      calls['app.info'].mockResolvedValue(info);
      calls['settings.get'].mockResolvedValue(settings);
      calls['settings.update'].mockImplementation(async (patch: Partial<Settings>) => ({ ...settings, ...patch }));
      await useAppStore.getState().load();
      expect(useAppStore.getState().language).toBe('zh-CN');
      expect(calls['settings.update']).toHaveBeenCalledWith({ language: 'zh-CN' });
      expect(currentLanguage()).toBe('zh-CN');

      calls['settings.update'].mockClear();
      calls['settings.get'].mockResolvedValue({ ...settings, language: 'en' });
      await useAppStore.getState().load();
      expect(useAppStore.getState().language).toBe('en');
      expect(calls['settings.update']).not.toHaveBeenCalled();
    } finally {
      vi.unstubAllGlobals();
      setLanguage('en');
    }
  });

  it('applies a change at once, keeps what the back end answers, and re-values on a new base currency', async () => {
    useAppStore.setState({ settings, status: 'ready' });
    let answer: (s: Settings) => void = () => {};
    calls['settings.update'].mockReturnValue(new Promise<Settings>((resolve) => (answer = resolve)));
    calls['portfolios.list'].mockResolvedValue({ currentId: 'p', portfolios: [{ id: 'p' }] });
    calls['portfolios.get'].mockResolvedValue(view('EUR'));

    const pending = useAppStore.getState().updateSettings({ baseCurrency: 'EUR' });
    expect(useAppStore.getState().settings?.baseCurrency).toBe('EUR');
    expect(useAppStore.getState().saving).toBe(true);
    answer({ ...settings, baseCurrency: 'EUR' });
    await pending;

    expect(useAppStore.getState()).toMatchObject({ saving: false, saveError: null });
    expect(calls['portfolios.get']).toHaveBeenCalledWith({ id: 'p' });
    expect(usePortfolioStore.getState().view?.valuation.baseCurrency).toBe('EUR');
  });

  it('does not re-value for a theme change', async () => {
    useAppStore.setState({ settings, status: 'ready' });
    calls['settings.update'].mockResolvedValue({ ...settings, theme: 'dark' });
    await useAppStore.getState().updateSettings({ theme: 'dark' });
    expect(useAppStore.getState().settings?.theme).toBe('dark');
    expect(calls['portfolios.list']).not.toHaveBeenCalled();
  });

  it('puts the old settings back and shows the message when the change is refused', async () => {
    useAppStore.setState({ settings, status: 'ready' });
    calls['settings.update'].mockRejectedValue(fail('Not a currency.'));
    await useAppStore.getState().updateSettings({ baseCurrency: 'XXX' });
    expect(useAppStore.getState()).toMatchObject({ settings, saveError: 'Not a currency.', saving: false });
  });
});

describe('portfolio store', () => {
  it('is empty when nothing was imported, without asking for a portfolio', async () => {
    calls['portfolios.list'].mockResolvedValue({ currentId: null, portfolios: [] });
    await usePortfolioStore.getState().reload();
    expect(usePortfolioStore.getState().status).toBe('empty');
    expect(calls['portfolios.get']).not.toHaveBeenCalled();
  });

  it('shows a failed call’s message and keeps the last view', async () => {
    usePortfolioStore.setState({ view: view('USD') as never, status: 'ready' });
    calls['portfolios.list'].mockRejectedValue(fail('The back end could not be reached (gone).'));
    await usePortfolioStore.getState().reload();
    expect(usePortfolioStore.getState()).toMatchObject({ status: 'error', error: 'The back end could not be reached (gone).' });
    expect(usePortfolioStore.getState().view).not.toBeNull();
  });

  it('drops an answer overtaken by a newer request', async () => {
    let first: (v: unknown) => void = () => {};
    calls['portfolios.select'].mockReturnValueOnce(new Promise((resolve) => (first = resolve)));
    calls['portfolios.select'].mockResolvedValueOnce(view('B'));
    const slow = usePortfolioStore.getState().select('a');
    await usePortfolioStore.getState().select('b');
    first(view('A'));
    await slow;
    expect(usePortfolioStore.getState()).toMatchObject({ currentId: 'b', view: view('B') });
  });
});
