import { mkdtempSync, readdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { keepAside, keptFiles, removeOldStoreTemps, removeStaleTemps, stampTime, writeFileAtomic } from './atomic-file';

const fresh = () => mkdtempSync(join(tmpdir(), 'aftershock-atomic-'));

describe('writeFileAtomic', () => {
  it('creates the folder, replaces the file whole and leaves no temporary file', () => {
    const dir = join(fresh(), 'deep', 'er');
    const path = join(dir, 'a.json');
    writeFileAtomic(path, '{"n":1}');
    writeFileAtomic(path, '{"n":2}');
    expect(readFileSync(path, 'utf8')).toBe('{"n":2}');
    expect(readdirSync(dir)).toEqual(['a.json']);
  });
});

describe('keepAside', () => {
  it('moves a file aside byte for byte, never over an earlier kept one, and lists them with their time', () => {
    const dir = fresh();
    const path = join(dir, 'aftershock.json');
    const at = new Date('2026-03-04T05:06:07.089Z');
    writeFileSync(path, 'first');
    const one = keepAside(path, at);
    writeFileSync(path, 'second');
    const two = keepAside(path, at);
    expect(one).toBe(join(dir, 'aftershock.unreadable-2026-03-04T05-06-07-089Z.json'));
    expect(two).toBe(join(dir, 'aftershock.unreadable-2026-03-04T05-06-07-089Z-2.json'));
    expect([readFileSync(one, 'utf8'), readFileSync(two, 'utf8')]).toEqual(['first', 'second']);
    writeFileSync(join(dir, 'other.unreadable-2026-01-01T00-00-00-000Z.json'), 'x');
    expect(keptFiles(dir, 'aftershock')).toEqual([
      { kept: one, original: path, at: '2026-03-04T05:06:07.089Z' },
      { kept: two, original: path, at: '2026-03-04T05:06:07.089Z' },
    ]);
    expect(keptFiles(dir).map((k) => k.original)).toEqual([join(dir, 'other.json'), path, path]);
  });

  it('reads the time back from a stamp, and nothing from a name that is not one', () => {
    expect(stampTime('2026-12-31T23-59-58-001Z')).toBe('2026-12-31T23:59:58.001Z');
    expect(stampTime('yesterday')).toBeNull();
  });
});

describe('removeStaleTemps', () => {
  it('removes the temporary files of processes that are gone and keeps those of live ones', () => {
    const dir = fresh();
    const gone = 2 ** 22 + 12345; // above Linux's pid_max default: no such process
    writeFileSync(join(dir, `a.json.${gone}-1.tmp`), 'half');
    writeFileSync(join(dir, `b.json.${process.pid}-3.tmp`), 'mine');
    writeFileSync(join(dir, 'c.json'), '{}');
    expect(removeStaleTemps(dir)).toBe(1);
    expect(readdirSync(dir).sort()).toEqual([`b.json.${process.pid}-3.tmp`, 'c.json']);
  });
});

describe('removeOldStoreTemps', () => {
  it('removes the store library’s temporary files once they are old, and nothing else', () => {
    const dir = fresh();
    const old = join(dir, 'aftershock.json.tmp-1234567890abcdef');
    const recent = join(dir, 'aftershock.json.tmp-1234567891abcdef');
    for (const path of [old, recent, join(dir, 'aftershock.json'), join(dir, 'other.json.tmp-1234567890abcdef')]) writeFileSync(path, '{}');
    const now = new Date();
    const longAgo = new Date(now.getTime() - 3_600_000);
    utimesSync(old, longAgo, longAgo);
    utimesSync(join(dir, 'other.json.tmp-1234567890abcdef'), longAgo, longAgo);
    expect(removeOldStoreTemps(dir, 'aftershock', now)).toBe(1);
    expect(readdirSync(dir).sort()).toEqual(['aftershock.json', 'aftershock.json.tmp-1234567891abcdef', 'other.json.tmp-1234567890abcdef']);
  });
});
