import { create } from 'zustand';
import type { AppInfo } from '../../../shared/api/app-api';
import type { Settings, SettingsPatch } from '../../../shared/domain/settings';
import { api } from '../api/api';
import { errorMessage } from '../api/error-message';
import { usePortfolioStore } from './portfolio-store';

export type LoadStatus = 'idle' | 'loading' | 'ready' | 'error';

export type AppStore = {
  info: AppInfo | null;
  settings: Settings | null;
  status: LoadStatus;
  error: string | null;
  /** Set while a settings change is on its way; the settings shown are already the new ones. */
  saving: boolean;
  saveError: string | null;
  savedAt: number | null;
  load: () => Promise<void>;
  updateSettings: (patch: SettingsPatch) => Promise<void>;
};

/** A change of these settings changes what the back end values the portfolio at. */
const revaluingKeys: (keyof Settings)[] = ['baseCurrency', 'fxRates'];

export const useAppStore = create<AppStore>()((set, get) => ({
  info: null,
  settings: null,
  status: 'idle',
  error: null,
  saving: false,
  saveError: null,
  savedAt: null,

  load: async () => {
    set({ status: 'loading', error: null });
    try {
      const [info, settings] = await Promise.all([api['app.info']({}), api['settings.get']({})]);
      set({ info, settings, status: 'ready' });
    } catch (err) {
      set({ status: 'error', error: errorMessage(err) });
    }
  },

  updateSettings: async (patch) => {
    const before = get().settings;
    if (before === null) return;
    // Applied at once (the theme switches immediately), then replaced by what the back end kept.
    set({ settings: { ...before, ...patch }, saving: true, saveError: null, savedAt: null });
    try {
      const settings = await api['settings.update'](patch);
      set({ settings, saving: false, savedAt: Date.now() });
      if (revaluingKeys.some((key) => key in patch)) await usePortfolioStore.getState().reload();
    } catch (err) {
      set({ settings: before, saving: false, saveError: errorMessage(err) });
    }
  },
}));
