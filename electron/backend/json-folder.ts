import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { t } from '../../shared/i18n/translate';
import { keepAside, keptName, writeFileAtomic } from './atomic-file';
import { briefZodError } from '../../shared/api/brief-zod-error';

/**
 * The file name an id is saved under: lower-case letters, digits, _ and - as they are, every other character (capitals
 * too: "Mine" and "mine" are one file where names ignore case) as ~ and its UTF-8 bytes in hex; a name Windows reserves
 * (con, nul, com1…) starts with ~; a long id is cut and ends with a hash of the whole. Every id has a name of its own on
 * every OS.
 */
export function fileStem(id: string): string {
  const hex = (ch: string) => [...Buffer.from(ch, 'utf8')].map((b) => `~${b.toString(16).padStart(2, '0')}`).join('');
  const escaped = id.replace(/[^a-z0-9_-]/gu, hex).replace(/^(con|prn|aux|nul|com\d|lpt\d)$/, '~$1');
  if (escaped.length <= 100) return escaped;
  return `${escaped.slice(0, 60)}~~${createHash('sha256').update(id).digest('hex').slice(0, 16)}`;
}

const RECORD = /^[A-Za-z0-9_~-]+\.json$/;

/** A file that could not be read at start-up, as it was moved aside: where it was, where it is kept, and why. */
export type MovedAside = { original: string; kept: string; reason: string };

/** A reason on one line, short enough for a banner or a line of stderr. */
export const shortReason = (reason: string): string => {
  const line = reason
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '')
    .join(' ');
  return line.length > 200 ? `${line.slice(0, 199)}…` : line;
};

export type JsonFolderOptions<T> = {
  dir: string;
  schema: z.ZodType<T>;
  idOf: (item: T) => string;
  /** Pretty-printed (a file a person may read or edit), else compact. */
  pretty?: boolean;
};

/** A folder of JSON files, one record each (`<id>.json`), written atomically; the files are the truth. */
export function createJsonFolder<T>({ dir, schema, idOf, pretty = false }: JsonFolderOptions<T>) {
  const fileOf = (id: string) => join(dir, `${fileStem(id)}.json`);
  const serialise = (item: T) => (pretty ? `${JSON.stringify(item, null, 2)}\n` : JSON.stringify(item));

  /** The record in a file, or why it cannot be read. */
  const read = (name: string): { item: T } | { unreadable: string } => {
    try {
      const parsed = schema.safeParse(JSON.parse(readFileSync(join(dir, name), 'utf8')));
      if (!parsed.success) return { unreadable: briefZodError(parsed.error) };
      const expected = `${fileStem(idOf(parsed.data))}.json`;
      return expected === name ? { item: parsed.data } : { unreadable: t('data.idMismatch', { id: idOf(parsed.data), file: expected }) };
    } catch (err) {
      return { unreadable: err instanceof Error ? err.message : String(err) };
    }
  };

  return {
    dir,
    fileOf,
    exists: () => existsSync(dir),
    save: (item: T): void => writeFileAtomic(fileOf(idOf(item)), serialise(item)),
    remove: (id: string): void => rmSync(fileOf(id), { force: true }),
    /** Every record, by id; a file that cannot be read is moved aside (kept, never deleted) and answered in `movedAside`. */
    loadAll: (now: Date): { items: Record<string, T>; movedAside: MovedAside[] } => {
      const items: Record<string, T> = {};
      const movedAside: MovedAside[] = [];
      const names = existsSync(dir) ? readdirSync(dir).filter((n) => RECORD.test(n)).sort() : [];
      for (const name of names) {
        const found = read(name);
        if ('item' in found) items[idOf(found.item)] = found.item;
        else movedAside.push({ original: join(dir, name), kept: keepAside(join(dir, name), now), reason: shortReason(found.unreadable) });
      }
      return { items, movedAside };
    },
    /**
     * Writes records a former version kept elsewhere (inside the store) as files, leaving alone any id that already has
     * one; a record that does not parse is written as a kept file of its own and answered in `movedAside`.
     */
    adopt: (records: Record<string, unknown>, now: Date): MovedAside[] => {
      const movedAside: MovedAside[] = [];
      for (const [id, raw] of Object.entries(records)) {
        const target = fileOf(id);
        if (existsSync(target)) continue;
        const parsed = schema.safeParse(raw);
        if (parsed.success && idOf(parsed.data) === id) writeFileAtomic(target, serialise(parsed.data));
        else {
          const kept = keptName(target, now);
          writeFileAtomic(kept, `${JSON.stringify(raw, null, 2)}\n`);
          const reason = parsed.success ? t('data.idMismatch', { id: idOf(parsed.data), file: `${fileStem(id)}.json` }) : briefZodError(parsed.error);
          movedAside.push({ original: target, kept, reason: shortReason(reason) });
        }
      }
      return movedAside;
    },
  };
}
export type JsonFolder<T> = ReturnType<typeof createJsonFolder<T>>;
