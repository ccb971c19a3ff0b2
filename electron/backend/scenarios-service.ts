import { randomUUID } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Handlers } from '../../shared/api';
import { UserError } from '../../shared/api/dispatch';
import { Scenario } from '../../shared/domain/scenario';
import { t } from '../../shared/i18n/translate';
import type { BackendContext } from './context';
import { importLimitProblem } from './scenario-import-limits';
import { briefZodError } from '../../shared/api/brief-zod-error';

/** Reads the built-in scenarios from resources/scenarios; an invalid one is a bug and stops start-up with its file name. */
export function loadBuiltInScenarios(resourcesDir: string): Scenario[] {
  const dir = join(resourcesDir, 'scenarios');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((file) => {
      const parsed = Scenario.safeParse(JSON.parse(readFileSync(join(dir, file), 'utf8')));
      if (!parsed.success) throw new Error(`Built-in scenario ${file} is not valid: ${briefZodError(parsed.error)}`);
      return parsed.data;
    });
}

export type ScenarioCatalogue = { find: (id: string) => Scenario; all: () => { scenario: Scenario; builtIn: boolean }[] };

/** Built-ins (read-only, from resources/) and the user's own (in the store). */
export function createScenarioCatalogue(ctx: BackendContext, builtIns: Scenario[]): ScenarioCatalogue {
  const fixed = new Map(builtIns.map((s) => [s.id, s]));
  return {
    find: (id) => {
      const found = fixed.get(id) ?? ctx.state.read().scenarios[id];
      if (!found) throw new UserError('not_found', t('run.unknownScenario', { id }));
      return found;
    },
    all: () => [
      ...builtIns.map((scenario) => ({ scenario, builtIn: true })),
      ...Object.values(ctx.state.read().scenarios).map((scenario) => ({ scenario, builtIn: false })),
    ],
  };
}

const newId = (base: string) => `${base.replace(/-[0-9a-f]{6}$/, '')}-${randomUUID().slice(0, 6)}`;

export const scenariosHandlers = (ctx: BackendContext, catalogue: ScenarioCatalogue, builtInIds: ReadonlySet<string>) => {
  const store = (scenario: Scenario): Scenario => {
    ctx.state.write('scenarios', { ...ctx.state.read().scenarios, [scenario.id]: scenario });
    return scenario;
  };
  return {
    'scenarios.list': () =>
      catalogue.all().map(({ scenario: s, builtIn }) => ({ id: s.id, name: s.name, description: s.description, builtIn, sources: s.sources })),
    'scenarios.get': ({ id }) => catalogue.find(id),
    'scenarios.save': ({ scenario }) => {
      if (builtInIds.has(scenario.id)) throw new UserError('conflict', t('scenario.readOnly', { name: catalogue.find(scenario.id).name }));
      return store(scenario);
    },
    'scenarios.duplicate': ({ id, name }) => {
      const source = catalogue.find(id);
      return store({ ...source, id: newId(source.id), name: name ?? t('scenario.copyName', { name: source.name }) });
    },
    'scenarios.delete': ({ id }) => {
      if (builtInIds.has(id)) throw new UserError('conflict', t('scenario.readOnly', { name: catalogue.find(id).name }));
      const { [id]: gone, ...rest } = ctx.state.read().scenarios;
      ctx.state.write('scenarios', rest);
      return { deleted: gone !== undefined };
    },
    'scenarios.import': ({ fileName, text }) => {
      let json: unknown;
      try {
        json = JSON.parse(text);
      } catch (err) {
        throw new UserError('bad_input', t('scenario.notJson', { file: fileName, details: (err as Error).message }));
      }
      const parsed = Scenario.safeParse(json);
      if (!parsed.success) throw new UserError('bad_input', t('scenario.invalid', { file: fileName, details: briefZodError(parsed.error) }));
      const tooLong = importLimitProblem(parsed.data, fileName);
      if (tooLong !== null) throw new UserError('bad_input', tooLong);
      const clash = builtInIds.has(parsed.data.id) || ctx.state.read().scenarios[parsed.data.id] !== undefined;
      return store(clash ? { ...parsed.data, id: newId(parsed.data.id) } : parsed.data);
    },
  } satisfies Partial<Handlers>;
};
