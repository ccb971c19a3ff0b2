import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createJsonFolder, fileStem } from './json-folder';

const Item = z.object({ id: z.string(), n: z.number() });
const folder = () => createJsonFolder({ dir: join(mkdtempSync(join(tmpdir(), 'aftershock-folder-')), 'items'), schema: Item, idOf: (i) => i.id });
const at = new Date('2026-01-02T03:04:05.006Z');

describe('fileStem', () => {
  it('keeps plain ids, escapes the rest reversibly enough to differ, and bounds long ones', () => {
    expect(fileStem('p-1a2b_c')).toBe('p-1a2b_c');
    expect(fileStem('Mine')).toBe('~4dine');
    expect(fileStem('nul')).toBe('~nul');
    expect(fileStem('my scenario/1')).toBe('my~20scenario~2f1');
    expect(fileStem('情景')).toBe('~e6~83~85~e6~99~af');
    expect(fileStem('a.b')).not.toBe(fileStem('a~2eb~'));
    const long = fileStem('x'.repeat(500));
    expect(long.length).toBeLessThanOrEqual(100);
    expect(long).not.toBe(fileStem(`${'x'.repeat(499)}y`));
  });
});

describe('createJsonFolder', () => {
  it('saves one file per record and loads them back by id', () => {
    const f = folder();
    f.save({ id: 'a', n: 1 });
    f.save({ id: 'b c', n: 2 });
    f.save({ id: 'a', n: 3 });
    expect(f.loadAll(at)).toEqual({ items: { a: { id: 'a', n: 3 }, 'b c': { id: 'b c', n: 2 } }, movedAside: [] });
    f.remove('b c');
    expect(Object.keys(f.loadAll(at).items)).toEqual(['a']);
  });

  it('moves a file that does not parse, or names another id, aside and loads the others', () => {
    const f = folder();
    f.save({ id: 'good', n: 1 });
    writeFileSync(join(f.dir, 'truncated.json'), '{"id":"trunc');
    writeFileSync(join(f.dir, 'wrong.json'), JSON.stringify({ id: 'other', n: 2 }));
    const { items, movedAside } = f.loadAll(at);
    expect(Object.keys(items)).toEqual(['good']);
    expect(movedAside.map((m) => [m.original, m.kept])).toEqual([
      [join(f.dir, 'truncated.json'), join(f.dir, 'truncated.unreadable-2026-01-02T03-04-05-006Z.json')],
      [join(f.dir, 'wrong.json'), join(f.dir, 'wrong.unreadable-2026-01-02T03-04-05-006Z.json')],
    ]);
    expect(movedAside[1]!.reason).toBe('the file holds “other”, which belongs in other.json');
    expect(readFileSync(movedAside[0]!.kept, 'utf8')).toBe('{"id":"trunc');
    // Kept files are not records: the next start loads the same and moves nothing.
    expect(f.loadAll(at)).toEqual({ items, movedAside: [] });
  });

  it('adopts records from elsewhere without overwriting a file, keeping a bad one as a file of its own', () => {
    const f = folder();
    f.save({ id: 'a', n: 1 });
    const moved = f.adopt({ a: { id: 'a', n: 99 }, b: { id: 'b', n: 2 }, bad: { id: 'bad', n: 'two' } }, at);
    expect(f.loadAll(at).items).toEqual({ a: { id: 'a', n: 1 }, b: { id: 'b', n: 2 } });
    expect(moved).toHaveLength(1);
    expect(JSON.parse(readFileSync(moved[0]!.kept, 'utf8'))).toEqual({ id: 'bad', n: 'two' });
    expect(existsSync(join(f.dir, 'bad.json'))).toBe(false);
    expect(readdirSync(f.dir).some((n) => n.endsWith('.tmp'))).toBe(false);
  });
});
