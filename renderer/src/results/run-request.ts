import type { RunRequest } from '../../../shared/api/runs-api';
import { usePortfolioStore } from '../portfolio/portfolio-store';
import { parsePaths, parseSeed, useRunChoicesStore } from './run-choices-store';
import { isBusy, useRunStore, type RunPhase } from './run-store';

export type RunChoices = {
  portfolioId: string | null;
  scenarioId: string | null;
  /** The chosen scenario has arrived whole (its run defaults are in the fields). */
  scenarioLoaded: boolean;
  pathsText: string;
  seedText: string;
  phase: RunPhase;
  /** A saved factor model; null or absent = the built-in one. */
  factorModelId?: string | null;
};

/** The run the panel's choices make; null while one is missing or not a valid number, or a run is under way. */
export function chosenRunRequest({ portfolioId, scenarioId, scenarioLoaded, pathsText, seedText, phase, factorModelId }: RunChoices): RunRequest | null {
  const paths = parsePaths(pathsText);
  const seed = parseSeed(seedText);
  if (portfolioId === null || scenarioId === null || !scenarioLoaded || paths === null || seed === null || isBusy(phase)) return null;
  return { portfolioId, scenarioId, paths, seed, ...(factorModelId ? { factorModelId } : {}) };
}

/** The choices as the stores hold them now. */
export function currentRunChoices(): RunChoices {
  const { scenarioId, scenario, pathsText, seedText, factorModelId } = useRunChoicesStore.getState();
  return {
    portfolioId: usePortfolioStore.getState().view?.portfolio.id ?? null,
    scenarioId,
    scenarioLoaded: scenario !== null,
    pathsText,
    seedText,
    phase: useRunStore.getState().phase,
    factorModelId,
  };
}

/** What the Run button does, for its shortcut: starts the chosen run; false when the choices do not make one. */
export function startChosenRun(): boolean {
  const request = chosenRunRequest(currentRunChoices());
  if (request === null) return false;
  void useRunStore.getState().start(request);
  return true;
}
