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
    const { store, movedAside } = openStore(confStoreFactory, storeOptions(dir, '0.1.0', {}));
    expect(movedAside).toEqual([]);
    expect(store.get('settings').baseCurrency).toBe('USD');
  });

  it('keeps a store that lacks keys added since (conf fills them from the defaults)', () => {
    const dir = fresh();
    openStore(confStoreFactory, storeOptions(dir, '0.1.0', {})).store.set('overrides', { NVDA: [{ tag: 'ai_equity', weight: 1 }] });
    const file = join(dir, 'aftershock.json');
    const { runCache: _cache, ...older } = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
    writeFileSync(file, JSON.stringify(older));
    const { store, movedAside } = openStore(confStoreFactory, storeOptions(dir, '0.1.0', {}));
    expect(movedAside).toEqual([]);
    expect(store.get('overrides')).toEqual({ NVDA: [{ tag: 'ai_equity', weight: 1 }] });
  });

  it.each([
    ['garbage', '{ this is not json', /JSON/],
    ['a truncated file', '{"schemaVersion":2,"settings":{"baseCur', /JSON/],
    ['an empty file', '', /JSON/],
    ['null', 'null', /not a JSON object but null/],
    ['an array', '[1,2]', /not a JSON object but an array/],
    ['a string', '"text"', /not a JSON object but string/],
    ['a wrong shape', JSON.stringify({ settings: { baseCurrency: 42 } }), /settings/],
  ])('moves %s aside, keeps it byte for byte, says why, and starts clean', (_what, text, why) => {
    const dir = fresh();
    writeFileSync(join(dir, 'aftershock.json'), text);
    const { store, movedAside } = openStore(confStoreFactory, storeOptions(dir, '0.1.0', {}), new Date('2026-05-06T07:08:09.010Z'));
    expect(movedAside).toHaveLength(1);
    expect(movedAside[0]).toMatchObject({ original: join(dir, 'aftershock.json'), kept: join(dir, 'aftershock.unreadable-2026-05-06T07-08-09-010Z.json') });
    expect(movedAside[0]!.reason).toMatch(why);
    expect(readFileSync(movedAside[0]!.kept, 'utf8')).toBe(text);
    expect(store.get('currentPortfolioId')).toBeNull();
    expect(readdirSync(dir).filter((f) => f.includes('unreadable'))).toHaveLength(1);
    expect(existsSync(join(dir, 'aftershock.json'))).toBe(true);
  });
});
