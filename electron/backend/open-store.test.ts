import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { confStoreFactory } from './conf-store';
import { openStore, storeOptions } from './open-store';

const fresh = () => mkdtempSync(join(tmpdir(), 'aftershock-store-'));

describe('openStore', () => {
  it('starts from the defaults in an empty folder', () => {
    const dir = fresh();
    const { store, recoveredFrom } = openStore(confStoreFactory, storeOptions(dir, '0.1.0', {}));
    expect(recoveredFrom).toEqual([]);
    expect(store.get('settings').baseCurrency).toBe('USD');
  });

  it('moves an unreadable file aside, keeps it byte for byte, and starts clean', () => {
    const dir = fresh();
    writeFileSync(join(dir, 'aftershock.json'), '{ this is not json');
    const { store, recoveredFrom } = openStore(confStoreFactory, storeOptions(dir, '0.1.0', {}));
    expect(recoveredFrom).toHaveLength(1);
    expect(readFileSync(recoveredFrom[0]!, 'utf8')).toBe('{ this is not json');
    expect(store.get('portfolios')).toEqual({});
  });

  it('moves aside a file that parses but does not match the schema', () => {
    const dir = fresh();
    writeFileSync(join(dir, 'aftershock.json'), JSON.stringify({ settings: { baseCurrency: 42 } }));
    const { recoveredFrom } = openStore(confStoreFactory, storeOptions(dir, '0.1.0', {}));
    expect(recoveredFrom).toHaveLength(1);
    expect(readdirSync(dir).filter((f) => f.includes('unreadable'))).toHaveLength(1);
    expect(existsSync(join(dir, 'aftershock.json'))).toBe(true);
  });
});
