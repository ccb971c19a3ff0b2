import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { confStoreFactory } from './conf-store';
import { openStore, storeOptions } from './open-store';
import { createRunFiles } from './run-files';
import { openRunIndex } from './run-index';
import { createStateRepo } from './state-repo';

const fixtures = fileURLToPath(new URL('../../tests/fixtures/data-v1/runs', import.meta.url));
const [OLDER, NEWER] = ['0fd9a8cf-c571-4821-8888-65ed0759c5d6', 'fa4de4b9-0e1a-44d8-bdf6-476d082f9dea'];
const at = new Date('2026-01-02T03:04:05.006Z');

/** A data folder with the two fixture runs in it, and a fresh start of the index over it each time `open` is called. */
function folder() {
  const dir = mkdtempSync(join(tmpdir(), 'aftershock-runs-'));
  mkdirSync(join(dir, 'runs'));
  for (const id of [OLDER, NEWER]) copyFileSync(join(fixtures, `${id}.json`), join(dir, 'runs', `${id}.json`));
  const files = createRunFiles(dir);
  const open = (listedBefore: string[] = []) => {
    const state = createStateRepo(openStore(confStoreFactory, storeOptions(dir, '0.1.0', {})).store, { portfolios: { save: () => {}, remove: () => {} }, scenarios: { save: () => {}, remove: () => {} } }, { portfolios: {}, scenarios: {} });
    return openRunIndex(files, state, new Set(listedBefore), at);
  };
  return { dir, files, open };
}

describe('openRunIndex', () => {
  it('lists the run files newest first and counts those the store did not list', () => {
    const { open } = folder();
    const first = open();
    expect(first.index.list().map((r) => r.runId)).toEqual([NEWER, OLDER]);
    expect(first.relisted).toBe(2);
    expect(first.movedAside).toEqual([]);
    expect(open().relisted).toBe(0);
  });

  it('does not count runs a former store listed', () => {
    expect(folder().open([OLDER, NEWER]).relisted).toBe(0);
  });

  it('answers from its cache for a file it has seen, and reads a file whose size or time changed', () => {
    const { dir, open } = folder();
    open();
    const path = join(dir, 'runs', `${OLDER}.json`);
    // Same size and time, other bytes: the cache answers, the file is not read.
    const mtime = new Date('2026-01-01T00:00:00Z');
    utimesSync(path, mtime, mtime);
    open();
    writeFileSync(path, 'x'.repeat(18407));
    utimesSync(path, mtime, mtime);
    expect(open().movedAside).toEqual([]);
    // Touched: read again, found unreadable, moved aside.
    utimesSync(path, new Date(), new Date());
    const reopened = open();
    expect(reopened.movedAside.map((m) => m.original)).toEqual([path]);
    expect(reopened.index.list().map((r) => r.runId)).toEqual([NEWER]);
    expect(readdirSync(join(dir, 'runs')).sort()).toEqual([`${OLDER}.unreadable-2026-01-02T03-04-05-006Z.json`, `${NEWER}.json`]);
  });

  it('drops a run whose file is gone, and deletes file and entry together', () => {
    const { dir, files, open } = folder();
    open();
    rmSync(join(dir, 'runs', `${OLDER}.json`));
    const { index } = open();
    expect(index.list().map((r) => r.runId)).toEqual([NEWER]);
    expect(index.remove(OLDER)).toBe(false);
    expect(index.remove(NEWER)).toBe(true);
    expect(files.scan()).toEqual([]);
    expect(open().index.list()).toEqual([]);
  });
});
