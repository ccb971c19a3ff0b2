import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

let sequence = 0;

/** Flushes a folder's entries (the rename that just happened) to disk; Windows cannot open a folder, and needs no such step. */
function syncFolder(dir: string): void {
  if (process.platform === 'win32') return;
  const fd = openSync(dir, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/**
 * Writes `text` to `path` so that a crash at any moment leaves either the old file or the new one, whole: a temporary
 * file in the same folder, flushed to disk, renamed over the target, then the folder flushed.
 */
export function writeFileAtomic(path: string, text: string): void {
  const dir = dirname(path);
  mkdirSync(dir, { recursive: true });
  const temp = `${path}.${process.pid}-${++sequence}.tmp`;
  const fd = openSync(temp, 'w');
  try {
    writeFileSync(fd, text);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  try {
    renameSync(temp, path);
  } catch (err) {
    rmSync(temp, { force: true });
    throw err;
  }
  syncFolder(dir);
}

const STAMP = /^\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z$/;
const KEPT = /^(.+)\.unreadable-(\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z)(?:-(\d+))?\.json$/;

/** A moment as it appears in a kept file's name (no colons or dots, so every file system takes it). */
export const fileStamp = (at: Date): string => at.toISOString().replace(/[:.]/g, '-');
/** The moment back from a kept file's name: 2026-01-02T03-04-05-006Z → 2026-01-02T03:04:05.006Z. */
export const stampTime = (stamp: string): string | null =>
  STAMP.test(stamp) ? `${stamp.slice(0, 10)}T${stamp.slice(11, 13)}:${stamp.slice(14, 16)}:${stamp.slice(17, 19)}.${stamp.slice(20, 23)}Z` : null;

/** The name a file is kept under when it cannot be read: `<name>.unreadable-<when>[-n].json`, never an earlier kept file's. */
export function keptName(path: string, at: Date): string {
  const stem = join(dirname(path), `${basename(path, '.json')}.unreadable-${fileStamp(at)}`);
  for (let n = 1; ; n++) {
    const kept = `${stem}${n > 1 ? `-${n}` : ''}.json`;
    if (!existsSync(kept)) return kept;
  }
}

/** Moves an unreadable file aside (kept byte for byte, never deleted) and answers where it now is. */
export function keepAside(path: string, at: Date): string {
  const kept = keptName(path, at);
  renameSync(path, kept);
  return kept;
}

/** A file kept aside: where it is, the name it had, and when it was moved (from its name). */
export type KeptFile = { kept: string; original: string; at: string | null };

/** The files kept aside in a folder, oldest first; `stem` narrows them to those of one name (e.g. "aftershock"). */
export function keptFiles(dir: string, stem?: string): KeptFile[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .map((name) => ({ name, match: KEPT.exec(name) }))
    .filter(({ match }) => match !== null && (stem === undefined || match[1] === stem))
    .map(({ name, match }) => ({ kept: join(dir, name), original: join(dir, `${match![1]}.json`), at: stampTime(match![2]!), n: Number(match![3] ?? 1) }))
    .sort((a, b) => (a.at ?? '').localeCompare(b.at ?? '') || a.original.localeCompare(b.original) || a.n - b.n)
    .map(({ n: _n, ...file }) => file);
}

const TEMP = /\.(\d+)(?:-\d+)?\.tmp$/;

const alive = (pid: number): boolean => {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
};

/**
 * Removes the temporary files of writes that never finished (their process is gone): each is a save that was not
 * acknowledged, and the file it was to replace is still whole. Answers how many were removed.
 */
export function removeStaleTemps(dir: string): number {
  if (!existsSync(dir)) return 0;
  let removed = 0;
  for (const name of readdirSync(dir)) {
    const match = TEMP.exec(name);
    if (!match || alive(Number(match[1]))) continue;
    rmSync(join(dir, name), { force: true });
    removed++;
  }
  return removed;
}

/**
 * Removes the store library's temporary files (`aftershock.json.tmp-…`, written by conf through atomically) that a
 * killed process left: their names carry no process id, so only those older than `minAgeMs` (no write takes that long).
 */
export function removeOldStoreTemps(dir: string, configName: string, now: Date, minAgeMs = 10 * 60_000): number {
  if (!existsSync(dir)) return 0;
  const pattern = new RegExp(`^${configName.replace(/[^\w-]/g, '')}\\.json\\.tmp-\\d{10}[a-f0-9]{6}$`);
  let removed = 0;
  for (const name of readdirSync(dir)) {
    if (!pattern.test(name)) continue;
    const path = join(dir, name);
    if (now.getTime() - statSync(path).mtimeMs < minAgeMs) continue;
    rmSync(path, { force: true });
    removed++;
  }
  return removed;
}
