import type { ColumnMappingInput, ImportPreview } from '../../../shared/api/imports-api';
import { assignColumns, detectFormat } from '../../../shared/import/detect-format';
import { normaliseHeader } from '../../../shared/import/header-aliases';
import { FIELDS, type Field } from '../../../shared/import/types';

/** One header text (or '' = detect automatically) per field. */
export type MappingDraft = Record<Field, string>;

/** A refusal the column mapping can fix: the file has columns, they were just not recognised. */
export const canMapColumns = (preview: ImportPreview): boolean => !preview.ok && preview.columns.length > 0;

/** The draft a mapping step starts from: the mapping used so far, limited to columns the file has. */
export function draftFrom(mapping: ColumnMappingInput | null | undefined, columns: readonly string[]): MappingDraft {
  const known = new Set(columns);
  return Object.fromEntries(FIELDS.map((f) => [f, mapping?.[f] !== undefined && known.has(mapping[f]) ? mapping[f] : ''])) as MappingDraft;
}

/** The mapping to send: only the fields given a column. */
export function mappingFromDraft(draft: MappingDraft): ColumnMappingInput {
  return Object.fromEntries(FIELDS.filter((f) => draft[f] !== '').map((f) => [f, draft[f]]));
}

/** Which column the importer would pick for each field on its own (what "Detect automatically" means for this file). */
export function autoColumns(columns: readonly string[], draft?: MappingDraft): Partial<Record<Field, string>> {
  const spec = detectFormat(columns);
  const indices = assignColumns(columns, spec, draft ? mappingFromDraft(draft) : undefined);
  const out: Partial<Record<Field, string>> = {};
  for (const field of FIELDS) {
    const index = indices[field];
    if (index !== undefined && columns[index] !== undefined) out[field] = columns[index];
  }
  return out;
}

export type MappingProblem = { kind: 'incomplete' } | { kind: 'duplicate'; column: string; fields: Field[] };

/** What stops this mapping from working: a missing symbol/name or quantity/value, or a column chosen twice. */
export function mappingProblems(draft: MappingDraft, columns: readonly string[]): MappingProblem[] {
  const problems: MappingProblem[] = [];
  const resolved = autoColumns(columns, draft);
  const has = (field: Field) => resolved[field] !== undefined;
  if (!(has('symbol') || has('name')) || !(has('quantity') || has('marketValue'))) problems.push({ kind: 'incomplete' });
  const byColumn = new Map<string, Field[]>();
  for (const field of FIELDS) {
    if (draft[field] === '') continue;
    const key = normaliseHeader(draft[field]);
    byColumn.set(key, [...(byColumn.get(key) ?? []), field]);
  }
  for (const fields of byColumn.values()) {
    if (fields.length > 1 && fields[0] !== undefined) problems.push({ kind: 'duplicate', column: draft[fields[0]], fields });
  }
  return problems;
}
