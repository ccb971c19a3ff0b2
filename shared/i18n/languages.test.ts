import { describe, expect, it } from 'vitest';
import { languageFromLocales } from './languages';
import { currentLanguage, setLanguage, t, translator, withLanguage } from './translate';

describe('languages', () => {
  it('picks the language of the first Chinese or English locale, English otherwise', () => {
    expect(languageFromLocales(['zh-CN', 'en-US'])).toBe('zh-CN');
    expect(languageFromLocales(['zh-TW'])).toBe('zh-CN');
    expect(languageFromLocales(['de-DE', 'en-GB', 'zh-CN'])).toBe('en');
    expect(languageFromLocales(['fr-FR'])).toBe('en');
    // POSIX forms from LANG / LC_ALL; C and POSIX say nothing.
    expect(languageFromLocales(['C.UTF-8', 'zh_CN.UTF-8'])).toBe('zh-CN');
    expect(languageFromLocales([undefined, '', 'en_US.UTF-8'])).toBe('en');
  });

  it('writes in the current language, or in one chosen for a document, and falls back to English per key', () => {
    expect(t('settings.language')).toBe('Language');
    expect(withLanguage('zh-CN', () => t('settings.language'))).toBe('语言');
    expect(currentLanguage()).toBe('en');
    expect(translator('zh-CN')('portfolio.col.value', { currency: 'EUR' })).toContain('EUR');
    setLanguage('zh-CN');
    try {
      expect(t('settings.language')).toBe('语言');
    } finally {
      setLanguage('en');
    }
  });
});
