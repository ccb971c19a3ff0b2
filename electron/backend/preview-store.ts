import type { ColumnMappingInput } from '../../shared/api';
import type { ImportOutcome } from '../../shared/import';

export type PendingImport = { outcome: Extract<ImportOutcome, { ok: true }>; fileName: string; mapping: ColumnMappingInput | null };

/** Import previews awaiting confirmation (or a CLI run), newest last; only the last few are kept. */
export function createPreviewStore(keep = 8) {
  const pending = new Map<string, PendingImport>();
  return {
    put: (id: string, item: PendingImport) => {
      pending.set(id, item);
      while (pending.size > keep) pending.delete(pending.keys().next().value as string);
    },
    get: (id: string) => pending.get(id),
    delete: (id: string) => pending.delete(id),
  };
}
export type PreviewStore = ReturnType<typeof createPreviewStore>;
