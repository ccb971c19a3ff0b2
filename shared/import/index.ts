import { importText, refuse } from './import-messages';
import { runImport, type ImportOptions } from './run-import';
import type { ImportOutcome } from './types';

export type { CheckFigure, ColumnMapping, ImportOutcome, Overrides, Refusal, TagWeight } from './types';
export type { ImportOptions } from './run-import';
export { DEFAULT_MAX_BYTES } from './run-import';
export { fillMessage, importMessages, type ImportMessageKey } from './import-messages';
export { columnText, issueText, refText, refusalOf } from './issue-text';
export { headerSignature } from './header-aliases';
export { formatName } from './format-names';
export { FIELDS, type Field } from './types';
export { parseNumber, type DecimalMark, type ParsedNumber } from './parse-number';

/**
 * Broker CSV bytes → holdings, line-numbered remarks and check figures, or one sentence saying why
 * the file cannot be read. Never throws.
 */
export function importHoldings(bytes: Uint8Array, options: ImportOptions): ImportOutcome {
  try {
    return runImport(bytes, options);
  } catch {
    return refuse(importText('internal'));
  }
}
