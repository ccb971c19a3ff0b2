import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { SavedRun } from '../../shared/api/runs-api';
import { keptFiles, writeFileAtomic } from './atomic-file';
import { briefZodError } from '../../shared/api/brief-zod-error';

/** A run file as the folder has it: its name, the run id it is named for, and what tells a changed file from the one seen. */
export type RunFileStamp = { name: string; runId: string; size: number; mtimeMs: number };

/** Saved runs, one JSON file each in <data>/runs, written atomically (temporary file flushed to disk, then rename). */
export function createRunFiles(dataDir: string) {
  const dir = join(dataDir, 'runs');
  const stemOf = (runId: string) => runId.replace(/[^\w-]/g, '');
  const file = (runId: string) => join(dir, `${stemOf(runId)}.json`);
  const stamp = (name: string): RunFileStamp | null => {
    try {
      const st = statSync(join(dir, name));
      return { name, runId: name.slice(0, -'.json'.length), size: st.size, mtimeMs: st.mtimeMs };
    } catch {
      return null;
    }
  };
  return {
    dir,
    file,
    save: (saved: SavedRun): string => {
      const target = file(saved.record.runId);
      writeFileAtomic(target, JSON.stringify(saved));
      return target;
    },
    /** The saved run, or a reason: missing, or unreadable (with the file's path). */
    load: (runId: string): SavedRun | { missing: true } | { unreadable: string; path: string } => {
      const path = file(runId);
      if (!existsSync(path)) return { missing: true };
      try {
        const parsed = SavedRun.safeParse(JSON.parse(readFileSync(path, 'utf8')));
        return parsed.success ? parsed.data : { unreadable: briefZodError(parsed.error), path };
      } catch (err) {
        return { unreadable: err instanceof Error ? err.message : String(err), path };
      }
    },
    /** Every run file in the folder now, by name (kept and temporary files are not run files). */
    scan: (): RunFileStamp[] =>
      existsSync(dir)
        ? readdirSync(dir)
            .filter((name) => /^[\w-]+\.json$/.test(name))
            .sort()
            .flatMap((name) => stamp(name) ?? [])
        : [],
    stamp: (runId: string): RunFileStamp | null => stamp(`${stemOf(runId)}.json`),
    /** Where the run's file was kept when it could not be read (the latest such), or null. */
    keptPath: (runId: string): string | null => keptFiles(dir, stemOf(runId)).at(-1)?.kept ?? null,
    remove: (runId: string) => rmSync(file(runId), { force: true }),
  };
}
export type RunFiles = ReturnType<typeof createRunFiles>;
