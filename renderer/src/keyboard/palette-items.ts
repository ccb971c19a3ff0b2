import type { RunSummary, ScenarioSummary } from '../../../shared/api/runs-api';
import type { MessageKey } from '../../../shared/i18n/messages-en';
import type { MessageParams } from '../../../shared/i18n/translate';
import { ROUTES, routeLabel, type RouteId } from '../routing/routes';
import type { PaletteEntry } from './palette-filter';
import { scenarioDescription, scenarioName } from '../../../shared/i18n/builtin-text';

export type PaletteTarget = { kind: 'screen'; route: RouteId } | { kind: 'run'; runId: string } | { kind: 'scenario'; scenarioId: string };

export type PaletteItem = PaletteEntry & {
  target: PaletteTarget;
  /** Shown but not chosen (a saved run while another run is under way), with why. */
  disabledReason: string | null;
};

type Sources = {
  runs: readonly RunSummary[];
  scenarios: readonly ScenarioSummary[];
  /** A run is under way: saved runs cannot be opened until it ends. */
  busy: boolean;
  t: (key: MessageKey, params?: MessageParams) => string;
  dateTime: (iso: string) => string;
  number: (value: number) => string;
};

/** The kind of place, as the badge on each option says it ("Screen", "Saved run", "Scenario"). */
export const kindLabelKey = (target: PaletteTarget): MessageKey => `keyboard.palette.kind.${target.kind}`;

/** Everything the palette offers, in its resting order: the screens, the saved runs (newest first), the scenarios. */
export function paletteItems({ runs, scenarios, busy, t, dateTime, number }: Sources): PaletteItem[] {
  const screens = ROUTES.map(
    (route): PaletteItem => ({
      id: `screen:${route}`,
      name: t(routeLabel(route)),
      detail: '',
      keywords: [route, t('keyboard.palette.kind.screen')],
      target: { kind: 'screen', route },
      disabledReason: null,
    }),
  );
  const saved = runs.map(
    (run): PaletteItem => ({
      id: `run:${run.runId}`,
      name: scenarioName({ id: run.scenarioId, name: run.scenarioName }),
      detail: t('keyboard.palette.runDetail', { portfolio: run.portfolioName, date: dateTime(run.createdAt), paths: number(run.paths) }),
      keywords: [run.scenarioId, t('keyboard.palette.kind.run')],
      target: { kind: 'run', runId: run.runId },
      disabledReason: busy ? t('keyboard.palette.busy') : null,
    }),
  );
  const library = scenarios.map(
    (scenario): PaletteItem => ({
      id: `scenario:${scenario.id}`,
      name: scenarioName(scenario),
      detail: t('keyboard.palette.scenarioDetail', {
        origin: t(scenario.builtIn ? 'keyboard.palette.builtIn' : 'keyboard.palette.yours'),
        description: scenarioDescription(scenario),
      }),
      keywords: [scenario.id, t('keyboard.palette.kind.scenario')],
      target: { kind: 'scenario', scenarioId: scenario.id },
      disabledReason: null,
    }),
  );
  return [...screens, ...saved, ...library];
}
