import type { Scenario } from '../../shared/domain/scenario';
import type { MessageKey } from '../../shared/i18n/messages-en';
import { t } from '../../shared/i18n/translate';
import { countText } from '../../shared/text/count-text';

/**
 * What an imported scenario file may hold beyond its schema: a name as long as the editor takes, and an id, description
 * and source list far longer than any written by hand — a 2 MB name would otherwise be shown on every screen.
 */
export const IMPORT_LIMITS = { id: 200, name: 120, description: 20_000, sources: 1_000 } as const;

const TEXT_FIELDS: Record<'id' | 'name' | 'description', MessageKey> = {
  id: 'scenario.field.id',
  name: 'scenario.field.name',
  description: 'scenario.field.description',
};

/** The sentence refusing `scenario` from `file`, or null when every field is within its limit. */
export function importLimitProblem(scenario: Scenario, file: string): string | null {
  for (const [field, label] of Object.entries(TEXT_FIELDS) as Array<[keyof typeof TEXT_FIELDS, MessageKey]>) {
    const length = scenario[field].length;
    if (length > IMPORT_LIMITS[field]) return t('scenario.tooLong', { file, field: t(label), length: countText(length), max: countText(IMPORT_LIMITS[field]) });
  }
  const lines = scenario.sources.length;
  if (lines > IMPORT_LIMITS.sources) return t('scenario.tooManySources', { file, length: countText(lines), max: countText(IMPORT_LIMITS.sources) });
  return null;
}
