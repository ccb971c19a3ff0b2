import { randomUUID } from 'node:crypto';
import type { FactorModelSummary, FitRequest, Handlers, SavedFactorModel } from '../../shared/api';
import { UserError } from '../../shared/api/dispatch';
import { t, textLocale } from '../../shared/i18n/translate';
import { DEFAULT_RESOURCES } from '../../shared/model/default-resources';
import { compareModels, completeModel, fitHistory, fitProblemText } from '../../shared/model/fit';
import type { FactorModelResource } from '../../shared/model/resources';
import type { BackendContext } from './context';
import type { FactorModelFiles } from './factor-model-files';

const defaults = DEFAULT_RESOURCES.factorModel;

const summaryOf = (m: SavedFactorModel): FactorModelSummary => ({ id: m.id, name: m.name, createdAt: m.createdAt, fit: m.fit, unreadable: null });

/** Saved factor models: fitted from a history, kept as files, and handed to runs as a model of today's factors. */
export function createFactorModels(ctx: BackendContext, files: FactorModelFiles) {
  const fit = (req: FitRequest) => fitHistory(req.text, req.fileName, req.options ?? {}, defaults);
  const saved = (id: string): SavedFactorModel => {
    const found = files.load(id);
    if ('missing' in found) throw new UserError('not_found', t('model.unknown', { id }));
    if ('unreadable' in found) throw new UserError('rejected', t('model.unreadable', { path: found.path, details: found.unreadable }));
    return found;
  };
  const list = (): FactorModelSummary[] =>
    files
      .ids()
      .map((id): FactorModelSummary => {
        const found = files.load(id);
        if ('missing' in found) return { id, name: id, createdAt: null, fit: null, unreadable: 'missing' };
        return 'unreadable' in found ? { id, name: id, createdAt: null, fit: null, unreadable: found.unreadable } : summaryOf(found);
      })
      .sort((a, b) => (b.createdAt ?? '').localeCompare(a.createdAt ?? '') || a.name.localeCompare(b.name));

  return {
    list,
    /** What a run records and uses: the saved model's id, name and a copy of its model. */
    forRun: (id: string) => {
      const m = saved(id);
      return { id: m.id, name: m.name, model: m.model };
    },
    handlers: {
      'factorModels.fit': (req) => fit(req),
      'factorModels.save': ({ name, replaceId, ...req }) => {
        const result = fit(req);
        if (!result.ok) {
          const reason = result.problems.find((p) => p.severity === 'error') ?? result.problems[0];
          throw new UserError('rejected', t('model.notFitted', { file: req.fileName, reason: reason ? fitProblemText(reason, t, textLocale()) : '' }));
        }
        if (replaceId !== undefined && 'missing' in files.load(replaceId)) throw new UserError('not_found', t('model.unknown', { id: replaceId }));
        const model: SavedFactorModel = {
          version: 1,
          id: replaceId ?? `model-${randomUUID().slice(0, 8)}`,
          name,
          createdAt: ctx.now().toISOString(),
          fit: result.summary,
          model: result.model,
        };
        files.save(model);
        return summaryOf(model);
      },
      'factorModels.list': () => list(),
      'factorModels.get': ({ id }) => {
        const m = saved(id);
        const { model } = completeModel(m.model, defaults);
        return { summary: summaryOf(m), model, comparison: compareModels(defaults, model, new Set(m.fit.factors)) };
      },
      'factorModels.delete': ({ id }) => ({ deleted: files.remove(id) }),
    } satisfies Partial<Handlers>,
  };
}
export type FactorModels = ReturnType<typeof createFactorModels>;

/** The model a saved copy stands for today (factors added since take their defaults). */
export const modelOfCopy = (copy: { model: SavedFactorModel['model'] }): FactorModelResource => completeModel(copy.model, defaults).model;
