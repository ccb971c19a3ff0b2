import { useId } from 'react';
import { isLanguage, LANGUAGE_LOCALE, LANGUAGES, type Language } from '../../../shared/i18n/languages';
import { SUPPORTED_LOCALES, Theme } from '../../../shared/domain/settings';
import { Banner } from '../components/banner';
import { ScreenHeading } from '../components/screen-heading';
import { currencyName, formatDateTime, formatMoney, localeName } from '../format/format';
import { useT } from '../i18n/use-t';
import { ShortcutsSection } from '../keyboard/shortcuts-section';
import { FxTableEditor } from '../settings/fx-table-editor';
import { FactorModelsSection } from '../factor-models/factor-models-section';
import { useAppStore } from '../stores/app-store';
import { baseCurrencyChoices, isLocale } from './settings-options';

const EXAMPLE_CENTS = -123_456_789;
const EXAMPLE_DATE = '2026-11-20T14:30:00Z';

function SaveStatus() {
  const t = useT();
  const saving = useAppStore((s) => s.saving);
  const savedAt = useAppStore((s) => s.savedAt);
  const text = saving ? t('common.saving') : savedAt !== null ? t('settings.saved') : '';
  return (
    <p className="save-status" role="status" aria-live="polite">
      {text}
    </p>
  );
}

/** A language by its own name ("English", "简体中文"), so a person can find theirs whatever the current one. */
const languageName = (language: Language): string => {
  const tag = language === 'zh-CN' ? 'zh-Hans' : language;
  try {
    return new Intl.DisplayNames([tag], { type: 'language' }).of(tag) ?? language;
  } catch {
    return language;
  }
};

export function SettingsScreen() {
  const t = useT();
  const ids = { base: useId(), locale: useId(), fxNote: useId(), localeExample: useId(), language: useId(), languageHint: useId() };
  const settings = useAppStore((s) => s.settings);
  const info = useAppStore((s) => s.info);
  const saveError = useAppStore((s) => s.saveError);
  const update = useAppStore((s) => s.updateSettings);
  const language = useAppStore((s) => s.language);
  if (settings === null || info === null) return null;
  const { locale, baseCurrency, theme } = settings;
  const example = t('settings.localeExample', {
    number: formatMoney(EXAMPLE_CENTS, locale, baseCurrency),
    date: formatDateTime(EXAMPLE_DATE, LANGUAGE_LOCALE[language]),
  });
  return (
    <section className="screen" data-testid="screen-settings">
      <ScreenHeading aside={<SaveStatus />}>{t('settings.title')}</ScreenHeading>
      {saveError !== null && <Banner kind="error">{saveError}</Banner>}
      <form className="settings-form" onSubmit={(e) => e.preventDefault()}>
        <div className="field">
          <label htmlFor={ids.language}>{t('settings.language')}</label>
          <select
            id={ids.language}
            value={language}
            aria-describedby={ids.languageHint}
            onChange={(e) => {
              if (isLanguage(e.target.value)) void update({ language: e.target.value });
            }}
            data-testid="settings-language"
          >
            {LANGUAGES.map((l) => (
              <option key={l} value={l} lang={LANGUAGE_LOCALE[l]} translate="no">
                {languageName(l)}
              </option>
            ))}
          </select>
          <p className="hint" id={ids.languageHint}>
            {t('settings.languageHint')}
          </p>
        </div>
        <div className="field">
          <label htmlFor={ids.base}>{t('settings.baseCurrency')}</label>
          <select
            id={ids.base}
            value={baseCurrency}
            aria-describedby={ids.fxNote}
            onChange={(e) => void update({ baseCurrency: e.target.value })}
          >
            {baseCurrencyChoices(settings).map((code) => (
              <option key={code} value={code}>
                {t('settings.currencyOption', { code, name: currencyName(code, LANGUAGE_LOCALE[language]) })}
              </option>
            ))}
          </select>
          <p className="hint" id={ids.fxNote}>
            {t('settings.fxNote')}
          </p>
        </div>
        <div className="field">
          <label htmlFor={ids.locale}>{t('settings.locale')}</label>
          <select
            id={ids.locale}
            value={locale}
            aria-describedby={ids.localeExample}
            onChange={(e) => {
              if (isLocale(e.target.value)) void update({ locale: e.target.value });
            }}
          >
            {SUPPORTED_LOCALES.map((l) => (
              <option key={l} value={l}>
                {localeName(l, LANGUAGE_LOCALE[language])}
              </option>
            ))}
          </select>
          <p className="hint num-text" id={ids.localeExample}>
            {example}
          </p>
        </div>
        <fieldset className="field">
          <legend>{t('settings.theme')}</legend>
          <div className="segmented">
            {Theme.options.map((option) => (
              <label key={option} className={option === theme ? 'is-selected' : undefined}>
                <input
                  type="radio"
                  name="theme"
                  value={option}
                  checked={option === theme}
                  onChange={() => void update({ theme: option })}
                />
                {t(`settings.theme.${option}`)}
              </label>
            ))}
          </div>
        </fieldset>
      </form>
      <FxTableEditor />
      <FactorModelsSection />
      <ShortcutsSection />
      <dl className="info-list">
        <div>
          <dt>{t('settings.dataDir')}</dt>
          <dd>
            <code data-testid="settings-data-dir">{info.dataDir}</code>
          </dd>
        </div>
        <div>
          <dt>{t('settings.version')}</dt>
          <dd data-testid="settings-version">{info.version}</dd>
        </div>
      </dl>
    </section>
  );
}
