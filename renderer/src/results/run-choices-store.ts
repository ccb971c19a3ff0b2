import { create } from 'zustand';
import type { ScenarioSummary } from '../../../shared/api/runs-api';
import type { Scenario } from '../../../shared/domain/scenario';
import { api } from '../api/api';
import { errorMessage } from '../api/error-message';

export const MAX_PATHS = 2_000_000;

export type ChoicesStatus = 'idle' | 'loading' | 'ready' | 'error';

/** The run panel's last choices: they outlive the screen, so leaving Results and coming back keeps them. */
export type RunChoicesStore = {
  scenarios: ScenarioSummary[];
  status: ChoicesStatus;
  error: string | null;
  scenarioId: string | null;
  /** The chosen scenario, whole (its run defaults); null while it loads. */
  scenario: Scenario | null;
  /** As typed, so a half-typed number survives leaving the screen. */
  pathsText: string;
  seedText: string;
  loadScenarios: () => Promise<void>;
  chooseScenario: (id: string) => Promise<void>;
  setPathsText: (text: string) => void;
  setSeedText: (text: string) => void;
};

/** A whole number typed in a field, within [min, max]; null for anything else (blank, decimals, grouping aside). */
export function parseWholeNumber(text: string, min: number, max: number): number | null {
  const plain = text.trim().replace(/[\s\u00a0\u202f,_']/g, '');
  if (!/^\d+$/.test(plain)) return null;
  const value = Number(plain);
  return Number.isSafeInteger(value) && value >= min && value <= max ? value : null;
}

export const parsePaths = (text: string): number | null => parseWholeNumber(text, 0, MAX_PATHS);
export const parseSeed = (text: string): number | null => parseWholeNumber(text, 0, Number.MAX_SAFE_INTEGER);

/** Counts scenario requests so that an answer overtaken by a newer choice is dropped. */
let latest = 0;
/** Fields typed in since the last scenario choice: its defaults, arriving later, must not overwrite them. */
const typed = { paths: false, seed: false };

export const useRunChoicesStore = create<RunChoicesStore>()((set, get) => ({
  scenarios: [],
  status: 'idle',
  error: null,
  scenarioId: null,
  scenario: null,
  pathsText: '',
  seedText: '',

  loadScenarios: async () => {
    set({ status: get().scenarios.length === 0 ? 'loading' : get().status, error: null });
    try {
      const scenarios = await api['scenarios.list']({});
      set({ scenarios, status: 'ready' });
      const { scenarioId, scenario } = get();
      const kept = scenarios.find((s) => s.id === scenarioId);
      if (kept && scenario?.id === kept.id) return;
      const next = kept ?? scenarios[0];
      if (next) await get().chooseScenario(next.id);
    } catch (err) {
      set({ status: 'error', error: errorMessage(err) });
    }
  },

  chooseScenario: async (id) => {
    const request = ++latest;
    typed.paths = false;
    typed.seed = false;
    const same = get().scenario?.id === id;
    set({ scenarioId: id, error: null, ...(same ? {} : { scenario: null }) });
    try {
      const scenario = await api['scenarios.get']({ id });
      if (request !== latest) return;
      // A new scenario brings its own run settings; choosing the same one again keeps what was typed.
      set({
        scenario,
        ...(same || typed.paths ? {} : { pathsText: String(scenario.run.paths) }),
        ...(same || typed.seed ? {} : { seedText: String(scenario.run.seed) }),
      });
    } catch (err) {
      if (request === latest) set({ error: errorMessage(err) });
    }
  },

  setPathsText: (pathsText) => {
    typed.paths = true;
    set({ pathsText });
  },
  setSeedText: (seedText) => {
    typed.seed = true;
    set({ seedText });
  },
}));
