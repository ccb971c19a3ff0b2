import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { SavedFactorModel } from '../../shared/api/factor-models-api';
import { writeFileAtomic } from './atomic-file';
import { briefZodError } from '../../shared/api/brief-zod-error';

export type LoadedModel = SavedFactorModel | { missing: true } | { unreadable: string; path: string };

/** Saved factor models, one JSON file each in <data>/factor-models, written atomically (temporary file flushed to disk, then rename). */
export function createFactorModelFiles(dataDir: string) {
  const dir = join(dataDir, 'factor-models');
  const safe = (id: string) => id.replace(/[^\w-]/g, '');
  const file = (id: string) => join(dir, `${safe(id)}.json`);
  const load = (id: string): LoadedModel => {
    const path = file(id);
    if (!existsSync(path)) return { missing: true };
    try {
      const parsed = SavedFactorModel.safeParse(JSON.parse(readFileSync(path, 'utf8')));
      if (!parsed.success) return { unreadable: briefZodError(parsed.error), path };
      return parsed.data.id === safe(id) ? parsed.data : { unreadable: `the file names the model “${parsed.data.id}”, not “${safe(id)}”`, path };
    } catch (err) {
      return { unreadable: err instanceof Error ? err.message : String(err), path };
    }
  };
  return {
    dir,
    save: (saved: SavedFactorModel): string => {
      const target = file(saved.id);
      writeFileAtomic(target, `${JSON.stringify(saved, null, 2)}\n`);
      return target;
    },
    load,
    /** The ids of every model file (readable or not), in no particular order. */
    ids: (): string[] => (existsSync(dir) ? readdirSync(dir).filter((f) => /^[\w-]+\.json$/.test(f)).map((f) => f.slice(0, -'.json'.length)) : []),
    remove: (id: string): boolean => {
      const path = file(id);
      if (!existsSync(path)) return false;
      rmSync(path, { force: true });
      return true;
    },
  };
}
export type FactorModelFiles = ReturnType<typeof createFactorModelFiles>;
