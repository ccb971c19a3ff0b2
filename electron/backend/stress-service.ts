import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Handlers, SavedRun } from '../../shared/api';
import { UserError } from '../../shared/api/dispatch';
import type { Scenario } from '../../shared/domain/scenario';
import { mergeShards, prepareRun, splitPaths } from '../../shared/engine';
import { findHedges } from '../../shared/hedge/hedge-finder';
import { HedgeProxiesResource } from '../../shared/hedge/hedge-trades';
import { resolveProxies } from '../../shared/hedge/resolve-proxies';
import { t } from '../../shared/i18n/translate';
import { valueHoldings, type ModelInput } from '../../shared/model';
import { DEFAULT_RESOURCES } from '../../shared/model/default-resources';
import { scenarioPlausibility } from '../../shared/model/plausibility-odds';
import { reverseScenario } from '../../shared/reverse/reverse-scenario';
import { reverseStress } from '../../shared/reverse/reverse-stress';
import type { BackendContext } from './context';
import { RunCancelledError, type EnginePool } from './engine-pool';
import type { PreviewStore } from './preview-store';
import { requestPortfolio } from './request-portfolio';
import type { ScenarioCatalogue } from './scenarios-service';
import { modelOfCopy, type FactorModels } from './factor-models-service';

export type StressDeps = {
  pool: EnginePool;
  scenarios: ScenarioCatalogue;
  previews: PreviewStore;
  cores: number;
  resourcesDir: string;
  builtIns: readonly Scenario[];
  /** A run holds the workers: the hedge search waits its turn. */
  runActive: () => boolean;
  factorModels: FactorModels;
  loadRun: (runId: string) => SavedRun;
};

/** The reverse stress test (in process: a few hundred mean-path revaluations) and the hedge finder (in the workers). */
export function createStressService(ctx: BackendContext, deps: StressDeps) {
  const proxies = resolveProxies(HedgeProxiesResource.parse(JSON.parse(readFileSync(join(deps.resourcesDir, 'hedge-proxies.json'), 'utf8'))));
  const builtInSigmas = deps.builtIns.map((s) => scenarioPlausibility(s, DEFAULT_RESOURCES.factorModel).sigma);
  let hedging: AbortController | null = null;

  const book = (req: { portfolioId?: string; previewId?: string; factorModelId?: string }): Omit<ModelInput, 'scenario'> => {
    const portfolio = requestPortfolio(ctx, deps.previews, req);
    const settings = ctx.state.read().settings;
    const { holdings, excluded } = valueHoldings(portfolio, settings);
    if (holdings.length === 0) throw new UserError('rejected', t('run.emptyBook'));
    // The saved model a run used (or the one asked for), else the built-in one: the search revalues the book as it ran.
    const resources = req.factorModelId ? { ...DEFAULT_RESOURCES, factorModel: modelOfCopy(deps.factorModels.forRun(req.factorModelId)) } : DEFAULT_RESOURCES;
    return { baseCurrency: settings.baseCurrency, holdings, resources, excludedHoldings: excluded };
  };

  /** A saved run's book as it ran: its portfolio snapshot valued with its own FX rates, on its own factor model. */
  const snapshotBook = ({ inputs }: SavedRun): Omit<ModelInput, 'scenario'> => {
    const { holdings, excluded } = valueHoldings(inputs.portfolio, inputs.valuation);
    const resources = inputs.factorModel ? { ...DEFAULT_RESOURCES, factorModel: modelOfCopy(inputs.factorModel) } : DEFAULT_RESOURCES;
    return { baseCurrency: inputs.valuation.baseCurrency, holdings, resources, excludedHoldings: excluded };
  };

  const handlers = {
    'reverse.solve': ({ target, templateId, ...ref }) => {
      const template = deps.scenarios.find(templateId);
      const input = book(ref);
      const answer = reverseStress(input, template, target);
      if (!answer.reached) return answer;
      const scenario = reverseScenario(answer, template, target, ctx.now(), input.baseCurrency);
      return {
        ...answer,
        scenario,
        milderBuiltIns: builtInSigmas.filter((s) => s < answer.d).length,
        builtIns: builtInSigmas.length,
      };
    },
    'hedges.find': async ({ runId, scenarioId, scenario: inline, paths, seed, trims, proxyNotional, ...ref }) => {
      if (hedging || deps.runActive()) throw new UserError('conflict', t('run.busy'));
      const saved = runId ? deps.loadRun(runId) : null;
      const base = inline ?? (scenarioId ? deps.scenarios.find(scenarioId) : (saved?.record.meta.scenario ?? null));
      if (!base) throw new UserError('bad_input', t('run.noScenario'));
      const scenario = { ...base, run: { paths: paths ?? Math.min(base.run.paths, 5000), seed: seed ?? base.run.seed } };
      const input = saved ? snapshotBook(saved) : book(ref);
      const gross = input.holdings.reduce((a, h) => a + Math.max(0, h.valueBase), 0);
      const controller = new AbortController();
      hedging = controller;
      const ranges = splitPaths(scenario.run.paths, deps.cores);
      try {
        const report = await findHedges(input, scenario, { trims, proxyNotional: proxyNotional ?? 0.1 * gross, proxies }, async (modelInput) => {
          if (controller.signal.aborted) throw new RunCancelledError();
          const prepared = prepareRun(modelInput);
          const shards = ranges.length > 0 ? await deps.pool.run({ prepared, ranges, onProgress: () => {} }, controller.signal) : [];
          return mergeShards(prepared, shards);
        }, (done, total) => ctx.emit({ name: 'hedges.progress', payload: { done, total } }));
        return { ...report, paths: scenario.run.paths, seed: scenario.run.seed };
      } catch (err) {
        if (err instanceof RunCancelledError) throw new UserError('rejected', t('hedge.cancelled'));
        throw err;
      } finally {
        hedging = null;
      }
    },
    'hedges.cancel': () => {
      if (!hedging) return { cancelled: false };
      hedging.abort();
      return { cancelled: true };
    },
  } satisfies Partial<Handlers>;
  return { handlers, busy: () => hedging !== null };
}
