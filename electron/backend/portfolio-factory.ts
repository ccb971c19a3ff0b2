import { applyOverrides } from '../../shared/classify';
import type { Portfolio } from '../../shared/domain';
import type { ImportOutcome } from '../../shared/import';
import type { BackendState } from './state-repo';

type Imported = Extract<ImportOutcome, { ok: true }>;

/** A portfolio from an accepted import, with the user's overrides put on. */
export function portfolioFromImport(
  outcome: Imported,
  meta: { id: string; name: string; fileName: string; now: Date; overrides: BackendState['overrides'] },
): Portfolio {
  const at = meta.now.toISOString();
  return {
    id: meta.id,
    name: meta.name,
    source: { fileName: meta.fileName, format: outcome.format, importedAt: at },
    holdings: applyOverrides(outcome.holdings, meta.overrides),
    fileFx: outcome.fileFx,
    issues: outcome.issues,
    updatedAt: at,
  };
}

/** "Fidelity Positions (2)" style names: the file name without extension, unique among the portfolios. */
export function uniqueName(wanted: string, portfolios: BackendState['portfolios']): string {
  const taken = new Set(Object.values(portfolios).map((p) => p.name));
  if (!taken.has(wanted)) return wanted;
  for (let n = 2; ; n++) if (!taken.has(`${wanted} (${n})`)) return `${wanted} (${n})`;
}

export const nameFromFile = (fileName: string): string => fileName.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, '') || fileName;
