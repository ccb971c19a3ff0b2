import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { SavedRun } from '../../shared/api/runs-api';

/** Saved runs, one JSON file each in <data>/runs, written atomically (temporary file, then rename). */
export function createRunFiles(dataDir: string) {
  const dir = join(dataDir, 'runs');
  const file = (runId: string) => join(dir, `${runId.replace(/[^\w-]/g, '')}.json`);
  return {
    dir,
    save: (saved: SavedRun): string => {
      mkdirSync(dir, { recursive: true });
      const target = file(saved.record.runId);
      const temp = `${target}.${process.pid}.tmp`;
      writeFileSync(temp, JSON.stringify(saved));
      renameSync(temp, target);
      return target;
    },
    /** The saved run, or a reason: missing, or unreadable (the file is left where it is). */
    load: (runId: string): SavedRun | { missing: true } | { unreadable: string; path: string } => {
      const path = file(runId);
      if (!existsSync(path)) return { missing: true };
      try {
        const parsed = SavedRun.safeParse(JSON.parse(readFileSync(path, 'utf8')));
        return parsed.success ? parsed.data : { unreadable: z.prettifyError(parsed.error), path };
      } catch (err) {
        return { unreadable: err instanceof Error ? err.message : String(err), path };
      }
    },
    remove: (runId: string) => rmSync(file(runId), { force: true }),
  };
}
export type RunFiles = ReturnType<typeof createRunFiles>;
