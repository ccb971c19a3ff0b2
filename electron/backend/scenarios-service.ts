import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import type { Handlers } from '../../shared/api';
import { UserError } from '../../shared/api/dispatch';
import { Scenario } from '../../shared/domain/scenario';
import { t } from '../../shared/i18n/translate';

/** Reads the built-in scenarios from resources/scenarios; an invalid one is a bug and stops start-up with its file name. */
export function loadBuiltInScenarios(resourcesDir: string): Scenario[] {
  const dir = join(resourcesDir, 'scenarios');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((file) => {
      const parsed = Scenario.safeParse(JSON.parse(readFileSync(join(dir, file), 'utf8')));
      if (!parsed.success) throw new Error(`Built-in scenario ${file} is not valid: ${z.prettifyError(parsed.error)}`);
      return parsed.data;
    });
}

export type ScenarioCatalogue = { find: (id: string) => Scenario; all: () => Scenario[] };

export function createScenarioCatalogue(builtIns: Scenario[]): ScenarioCatalogue {
  const byId = new Map(builtIns.map((s) => [s.id, s]));
  return {
    find: (id) => {
      const found = byId.get(id);
      if (!found) throw new UserError('not_found', t('run.unknownScenario', { id }));
      return found;
    },
    all: () => [...byId.values()],
  };
}

export const scenariosHandlers = (catalogue: ScenarioCatalogue) =>
  ({
    'scenarios.list': () =>
      catalogue.all().map((s) => ({ id: s.id, name: s.name, description: s.description, builtIn: true, sources: s.sources })),
    'scenarios.get': ({ id }) => catalogue.find(id),
  }) satisfies Partial<Handlers>;
