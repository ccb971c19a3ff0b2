import { afterEach, describe, expect, it } from 'vitest';
import { confStoreFactory } from '../../electron/backend/conf-store';
import { forkLauncher } from '../../electron/backend/fork-launcher';
import { startBackend } from '../../electron/backend/start-backend';
import { currentLanguage, setLanguage } from '../../shared/i18n/translate';
import { appRoot, freshDataDir } from './backend-helpers';

/** The back end writes errors and reports in the OS's language on a first start, and in the saved one after that. */
const start = (dataDir: string, systemLocales?: string[]) =>
  startBackend({ appRoot, dataDir, host: 'electron', storeFactory: confStoreFactory, log: () => {}, launchWorker: forkLauncher(appRoot), systemLocales });

afterEach(() => setLanguage('en'));

describe('the language on a first start', () => {
  it('follows the OS until a language is saved, then the saved one', async () => {
    const dir = freshDataDir();
    const first = start(dir, ['zh-Hans-CN', 'en-US']);
    expect(currentLanguage()).toBe('zh-CN');
    await first.call('settings.update', { language: 'en' });
    first.dispose();
    setLanguage('zh-CN');
    const second = start(dir, ['zh-CN']);
    expect(currentLanguage()).toBe('en');
    second.dispose();
  });

  it('keeps English when the OS names neither language', () => {
    const backend = start(freshDataDir(), ['de-DE', 'fr-FR']);
    expect(currentLanguage()).toBe('en');
    backend.dispose();
  });
});
