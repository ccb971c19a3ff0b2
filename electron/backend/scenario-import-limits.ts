import type { Scenario } from '../../shared/domain/scenario';
import type { MessageKey } from '../../shared/i18n/messages-en';
import { t } from '../../shared/i18n/translate';

/**
 * What an imported scenario file may hold beyond its schema: a name as long as the editor takes, and an id, description
 * and source list far longer than any written by hand — a 2 MB name would otherwise be shown on every screen.
 */
export const IMPORT_LIMITS = { id: 200, name: 120, description: 20_000, sources: 1_000 } as const;

const FIELD: Record<keyof typeof IMPORT_LIMITS, MessageKey> = {
  id: 'scenario.field.id',
  name: 'scenario.field.name',
  description: 'scenario.field.description',
  sources: 'scenario.field.sources',
};

/** The sentence refusing `scenario` from `file`, or null when every field is within its limit. */
export function importLimitProblem(scenario: Scenario, file: string): string | null {
  const lengths = { id: scenario.id.length, name: scenario.name.length, description: scenario.description.length, sources: scenario.sources.length };
  const number = new Intl.NumberFormat('en-US');
  for (const field of Object.keys(IMPORT_LIMITS) as Array<keyof typeof IMPORT_LIMITS>) {
    if (lengths[field] <= IMPORT_LIMITS[field]) continue;
    const key = field === 'sources' ? 'scenario.tooManySources' : 'scenario.tooLong';
    return t(key, { file, field: t(FIELD[field]), length: number.format(lengths[field]), max: number.format(IMPORT_LIMITS[field]) });
  }
  return null;
}
