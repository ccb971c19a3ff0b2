import { describe, expect, it } from 'vitest';
import type { Portfolio } from '../../shared/domain';
import type { AppState } from './app-state';
import { defaultState } from './app-state';
import { createStateRepo, type RecordFolder } from './state-repo';
import type { StorePort } from './store-port';

function memoryStore(initial: AppState): StorePort<AppState> & { sets: string[] } {
  let state: AppState = initial;
  const sets: string[] = [];
  return {
    sets,
    get: (k) => state[k],
    set: (k, v) => {
      sets.push(String(k));
      state = { ...state, [k]: v };
    },
    delete: (k) => {
      const { [k]: _gone, ...rest } = state;
      state = rest as AppState;
    },
    get store() {
      return state;
    },
    path: '/memory',
  };
}

function recordingFolder<T>(): RecordFolder<T> & { log: string[] } {
  const log: string[] = [];
  return { log, save: (item) => log.push(`save ${(item as { id: string }).id}`), remove: (id) => log.push(`remove ${id}`) };
}

const book = (id: string) => ({ id, name: id }) as unknown as Portfolio;

describe('createStateRepo', () => {
  it('writes only the portfolios that changed to their files, removes deleted ones, and the rest to the store', () => {
    const store = memoryStore(defaultState({}));
    const portfolios = recordingFolder<Portfolio>();
    const a = book('a');
    const repo = createStateRepo(store, { portfolios, scenarios: recordingFolder() }, { portfolios: { a, b: book('b') }, scenarios: {} });
    repo.write('portfolios', { ...repo.read().portfolios, b: book('b'), c: book('c') });
    expect(portfolios.log).toEqual(['save b', 'save c']);
    const { b: _b, ...rest } = repo.read().portfolios;
    repo.write('portfolios', rest);
    expect(portfolios.log.slice(2)).toEqual(['remove b']);
    expect(repo.read().portfolios.a).toBe(a);
    repo.write('currentPortfolioId', 'c');
    expect(store.sets).toEqual(['currentPortfolioId']);
    expect(store.store.currentPortfolioId).toBe('c');
  });
});
