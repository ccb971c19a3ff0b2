import { create } from 'zustand';
import type { ScenarioSummary } from '../../../shared/api/runs-api';
import type { FactorModelSummary } from '../../../shared/api/factor-models-api';
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
  /** Saved factor models that can be read, and the one chosen (null = the built-in model). */
  factorModels: FactorModelSummary[];
  factorModelId: string | null;
  loadScenarios: () => Promise<void>;
  loadFactorModels: () => Promise<void>;
  chooseFactorModel: (id: string | null) => void;
  chooseScenario: (id: string) => Promise<void>;
  setPathsText: (text: string) => void;
  setSeedText: (text: string) => void;
  /**
   * Makes the choices those of a run now shown (just made, re-opened, or the newest after a reload): its scenario,
   * when the library still has it, with its paths and seed, so the panel never names another scenario than the run below it.
   */
  followRun: (run: { scenarioId: string; paths: number; seed: number; factorModelId?: string | null }) => Promise<void>;
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

/** Counts scenario requests so that an answer overtaken by a newer choice is dropped; the id being fetched. */
let latest = 0;
let inFlight: string | null = null;
/** A run shown before the scenario list arrived: its choices are applied when it does. */
let pendingRun: { scenarioId: string; paths: number; seed: number; factorModelId?: string | null } | null = null;
/** The factor model of a run shown before the saved models were listed: chosen once they are. */
let modelsListed = false;
let pendingModel: string | null | undefined;
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
  factorModels: [],
  factorModelId: null,

  loadFactorModels: async () => {
    try {
      const factorModels = (await api['factorModels.list']({})).filter((m) => m.fit !== null);
      modelsListed = true;
      const factorModelId = pendingModel !== undefined ? pendingModel : get().factorModelId;
      pendingModel = undefined;
      // A chosen model deleted since falls back to the built-in one, so the panel never names a model that is gone.
      set({ factorModels, factorModelId: factorModels.some((m) => m.id === factorModelId) ? factorModelId : null });
    } catch (err) {
      set({ error: errorMessage(err) });
    }
  },

  chooseFactorModel: (factorModelId) => set({ factorModelId }),

  loadScenarios: async () => {
    set({ status: get().scenarios.length === 0 ? 'loading' : get().status, error: null });
    try {
      const scenarios = await api['scenarios.list']({});
      set({ scenarios, status: 'ready' });
      const pending = pendingRun;
      pendingRun = null;
      if (pending && scenarios.some((s) => s.id === pending.scenarioId)) return await get().followRun(pending);
      const { scenarioId, scenario } = get();
      const kept = scenarios.find((s) => s.id === scenarioId);
      if (kept && (scenario?.id === kept.id || inFlight === kept.id)) return;
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
    inFlight = id;
    try {
      const scenario = await api['scenarios.get']({ id });
      if (request !== latest) return;
      inFlight = null;
      // A new scenario brings its own run settings; choosing the same one again keeps what was typed.
      set({
        scenario,
        ...(same || typed.paths ? {} : { pathsText: String(scenario.run.paths) }),
        ...(same || typed.seed ? {} : { seedText: String(scenario.run.seed) }),
      });
    } catch (err) {
      if (request === latest) {
        inFlight = null;
        set({ error: errorMessage(err) });
      }
    }
  },

  followRun: async (run) => {
    const { scenarioId, paths, seed } = run;
    // The run's factor model, while it is still saved; else the built-in one.
    if (run.factorModelId !== undefined && !modelsListed) pendingModel = run.factorModelId;
    else if (run.factorModelId !== undefined) set({ factorModelId: get().factorModels.some((m) => m.id === run.factorModelId) ? run.factorModelId : null });
    const { scenarios, status } = get();
    // Before the library is listed, remember the run: loadScenarios follows it once it knows the scenario is there.
    if (status !== 'ready') return void (pendingRun = run);
    if (!scenarios.some((s) => s.id === scenarioId)) return;
    const loading = get().scenarioId === scenarioId ? null : get().chooseScenario(scenarioId);
    // The run's own paths and seed count as typed: the scenario's defaults, arriving later, do not replace them.
    typed.paths = true;
    typed.seed = true;
    set({ pathsText: String(paths), seedText: String(seed) });
    await loading;
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
