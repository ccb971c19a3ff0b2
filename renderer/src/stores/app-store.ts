import { create } from 'zustand';
import type { AppInfo } from '../../../shared/api/app-api';
import type { Settings, SettingsPatch } from '../../../shared/domain/settings';
import { LANGUAGE_LOCALE, languageFromLocales, type Language } from '../../../shared/i18n/languages';
import { setLanguage } from '../../../shared/i18n/translate';
import { api } from '../api/api';
import { errorMessage } from '../api/error-message';
import { usePortfolioStore } from '../portfolio/portfolio-store';

export type LoadStatus = 'idle' | 'loading' | 'ready' | 'error';

export type AppStore = {
  info: AppInfo | null;
  settings: Settings | null;
  /** The language every word is in: the saved one, else (first start, or before the settings arrive) the OS's. */
  language: Language;
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

/** The OS's languages as the browser (or Electron, from app.getLocale()) reports them. */
const systemLanguage = (): Language => languageFromLocales(typeof navigator === 'undefined' ? [] : [...(navigator.languages ?? []), navigator.language]);

/** Makes `language` the one of every later render, of `t` outside components, and of the page itself. */
function applyLanguage(language: Language): void {
  setLanguage(language);
  if (typeof document !== 'undefined') document.documentElement.lang = LANGUAGE_LOCALE[language];
}

const initialLanguage = systemLanguage();
applyLanguage(initialLanguage);

export const useAppStore = create<AppStore>()((set, get) => ({
  info: null,
  settings: null,
  language: initialLanguage,
  status: 'idle',
  error: null,
  saving: false,
  saveError: null,
  savedAt: null,

  load: async () => {
    set({ status: 'loading', error: null });
    try {
      const [info, settings] = await Promise.all([api['app.info']({}), api['settings.get']({})]);
      const language = settings.language ?? systemLanguage();
      applyLanguage(language);
      set({ info, settings, language, status: 'ready' });
      // First start: remember the language the OS gave, so it stays until the person changes it.
      if (settings.language === undefined) void get().updateSettings({ language });
    } catch (err) {
      set({ status: 'error', error: errorMessage(err) });
    }
  },

  updateSettings: async (patch) => {
    const before = get().settings;
    if (before === null) return;
    // Applied at once (the theme and the language switch immediately), then replaced by what the back end kept.
    if (patch.language) applyLanguage(patch.language);
    set({ settings: { ...before, ...patch }, ...(patch.language ? { language: patch.language } : {}), saving: true, saveError: null, savedAt: null });
    try {
      const settings = await api['settings.update'](patch);
      set({ settings, saving: false, savedAt: Date.now() });
      if (revaluingKeys.some((key) => key in patch)) await usePortfolioStore.getState().reload();
    } catch (err) {
      const language = before.language ?? get().language;
      applyLanguage(language);
      set({ settings: before, language, saving: false, saveError: errorMessage(err) });
    }
  },
}));
