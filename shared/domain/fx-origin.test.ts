import { describe, expect, it } from 'vitest';
import { fxSourceText } from '../sources/fx-source-text';
import { fxProvenance, migrateFxRates, needsFxMigration } from './fx-origin';
import type { FxRate } from './settings';

const LEGACY_EUR = 'EUR.USD close price in the Interactive Brokers activity statement of 2026-11-20 (tests/fixtures/import/ok/ibkr-activity.csv)';
const defaults: Record<string, FxRate> = {
  EUR: { usdPerUnit: 1.1536, asOf: '2026-11-20', source: 'EUR.USD close in a sample statement', origin: { kind: 'default' } },
  HKD: { usdPerUnit: 0.1282, asOf: '2026-11-20', source: 'HKD peg midpoint 7.80', origin: { kind: 'default' } },
};
const text = (rate: FxRate) => fxSourceText(fxProvenance(rate), 'en-US');

describe('FX rate provenance', () => {
  it('says where a rate came from in the user’s terms', () => {
    expect(text(defaults.HKD!)).toBe('built-in default of Nov 20, 2026 (HKD peg midpoint 7.80)');
    expect(text({ usdPerUnit: 1.27, asOf: '2026-11-18', source: '', origin: { kind: 'settings', on: '2026-11-21' } })).toBe('entered in Settings on Nov 21, 2026');
    expect(text({ usdPerUnit: 1.27, asOf: '2026-11-18', source: 'my broker', origin: { kind: 'settings', on: '2026-11-21' } })).toBe('entered in Settings on Nov 21, 2026: my broker');
    expect(text({ usdPerUnit: 1.1, asOf: '', source: '', origin: { kind: 'file', fileName: 'ibkr.csv', importedAt: '2026-11-22T09:30:00.000Z' } })).toBe(
      'from the imported file ibkr.csv on Nov 22, 2026',
    );
    expect(text({ usdPerUnit: 1.1, asOf: '', source: '', origin: { kind: 'commandLine' } })).toBe('given on the command line');
  });

  it('reads rates saved before origins sensibly, never showing a repository path', () => {
    expect(text({ usdPerUnit: 1.1536, asOf: '2026-11-20', source: LEGACY_EUR })).toBe('EUR.USD close price in the Interactive Brokers activity statement of 2026-11-20');
    expect(text({ usdPerUnit: 1.2, asOf: '2026-11-21', source: 'entered by hand' })).toBe('entered in Settings on Nov 21, 2026');
    expect(text({ usdPerUnit: 1.2, asOf: '', source: 'command line' })).toBe('given on the command line');
    expect(text({ usdPerUnit: 1.2, asOf: '', source: '' })).toBe('source not recorded');
  });

  it('migrates old saved rates: the shipped default becomes the default, other text stays the user’s note', () => {
    const saved: Record<string, FxRate> = {
      EUR: { usdPerUnit: 1.1536, asOf: '2026-11-20', source: LEGACY_EUR },
      GBP: { usdPerUnit: 1.27, asOf: '2026-11-21', source: 'entered by hand' },
      CHF: { usdPerUnit: 1.13, asOf: '2026-11-19', source: 'Bloomberg close (notes/fx.txt)' },
      HKD: { usdPerUnit: 0.129, asOf: '2026-11-20', source: 'HKD peg midpoint 7.80' },
      JPY: { usdPerUnit: 0.0066, asOf: '2026-11-20', source: 'x', origin: { kind: 'settings', on: '2026-11-20' } },
    };
    expect(needsFxMigration(saved)).toBe(true);
    const migrated = migrateFxRates(saved, defaults);
    expect(migrated.EUR).toEqual(defaults.EUR);
    expect(migrated.GBP).toEqual({ usdPerUnit: 1.27, asOf: '2026-11-21', source: '', origin: { kind: 'settings', on: '2026-11-21' } });
    expect(migrated.CHF).toEqual({ usdPerUnit: 1.13, asOf: '2026-11-19', source: 'Bloomberg close', origin: { kind: 'settings', on: '2026-11-19' } });
    // An edited default (another rate) is the user's now.
    expect(migrated.HKD?.origin).toEqual({ kind: 'settings', on: '2026-11-20' });
    expect(migrated.JPY).toBe(saved.JPY);
    expect(needsFxMigration(migrated)).toBe(false);
    expect(Object.values(migrated).map((r) => text(r)).join(' ')).not.toMatch(/\//);
  });
});
