import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fxProvenance } from '../../shared/domain/fx-origin';
import { fxSourceText } from '../../shared/sources/fx-source-text';
import { freshDataDir, openBackend } from './backend-helpers';

/** FX rates say where they came from: a fresh data folder, and one saved before origins were recorded. */
describe('FX rate origins in the back end', () => {
  it('marks the shipped rates as built-in defaults, with no file path in what they say', async () => {
    const api = openBackend(freshDataDir());
    try {
      const { fxRates } = await api['settings.get']({});
      expect(Object.keys(fxRates).length).toBeGreaterThan(0);
      for (const [code, rate] of Object.entries(fxRates)) {
        expect(rate.origin, code).toEqual({ kind: 'default' });
        const text = fxSourceText(fxProvenance(rate), 'en-US');
        expect(text, code).toMatch(/^built-in default of [A-Z][a-z]{2} \d{1,2}, \d{4} \(/);
        expect(text, code).not.toMatch(/\/|\.csv|tests/);
      }
    } finally {
      api.dispose();
    }
  });

  it('migrates settings saved with the old free-text sources when the back end opens them', async () => {
    const dir = freshDataDir();
    openBackend(dir).dispose();
    const file = join(dir, 'aftershock.json');
    const saved = JSON.parse(readFileSync(file, 'utf8')) as { settings: { fxRates: Record<string, unknown> } };
    saved.settings.fxRates = {
      EUR: { usdPerUnit: 1.1536, asOf: '2026-11-20', source: 'EUR.USD close price in the Interactive Brokers activity statement of 2026-11-20 (tests/fixtures/import/ok/ibkr-activity.csv)' },
      GBP: { usdPerUnit: 1.27, asOf: '2026-11-21', source: 'entered by hand' },
    };
    writeFileSync(file, JSON.stringify(saved));
    const api = openBackend(dir);
    try {
      const { fxRates } = await api['settings.get']({});
      expect(fxSourceText(fxProvenance(fxRates.EUR!), 'en-US')).toBe('built-in default of Nov 20, 2026 (EUR.USD close price in a sample Interactive Brokers activity statement of 2026-11-20)');
      expect(fxSourceText(fxProvenance(fxRates.GBP!), 'en-US')).toBe('entered in Settings on Nov 21, 2026');
      // Written back, so the file no longer holds the path either.
      expect(readFileSync(file, 'utf8')).not.toContain('tests/fixtures');
    } finally {
      api.dispose();
    }
  });
});
