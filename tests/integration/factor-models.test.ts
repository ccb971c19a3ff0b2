import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SavedRun } from '../../shared/api/runs-api';
import { appRoot, freshDataDir, openBackend, runAndWait } from './backend-helpers';

const example = readFileSync(join(appRoot, 'resources/examples/synthetic-price-history.csv'), 'utf8');
const request = { fileName: 'synthetic-price-history.csv', text: example, options: { mapping: { 'GPU rent index': 'GPU_RENT' as const } } };

describe('saved factor models', () => {
  it('fit, save, list and get a model from a history; a bad history is refused with its line and column', async () => {
    const api = openBackend(freshDataDir());
    const fit = await api['factorModels.fit'](request);
    expect(fit.ok).toBe(true);
    if (!fit.ok) return;
    expect(fit.summary.factors).toEqual(['AI_EQ', 'EQ', 'BTC', 'HY', 'RATE', 'GPU_RENT']);
    const saved = await api['factorModels.save']({ ...request, name: 'Synthetic example' });
    expect((await api['factorModels.list']({})).map((m) => m.name)).toEqual(['Synthetic example']);
    const got = await api['factorModels.get']({ id: saved.id });
    expect(got.model).toEqual(fit.model);
    expect(got.comparison).toEqual(fit.comparison);

    const broken = example.replace(/^(2019-01-11),[^,]+/m, '$1,abc');
    const refit = await api['factorModels.fit']({ ...request, text: broken });
    expect(refit.problems.find((p) => p.key === 'fit.msg.notNumber')).toMatchObject({ line: 6, column: { name: 'AI_EQ', number: 2 } });
    await expect(api['factorModels.save']({ ...request, text: 'Date,Apples\n2020-01-03,1', name: 'Bad' })).rejects.toThrow(/cannot be fitted, so nothing was saved/);
    await expect(api['factorModels.fit']({ ...request, options: { lambda: 1.5 } })).rejects.toThrow();
    api.dispose();
  });

  it('lists an unreadable model file with the reason, and leaves it in place', async () => {
    const dir = freshDataDir();
    const api = openBackend(dir);
    const saved = await api['factorModels.save']({ ...request, name: 'Will break' });
    const path = join(dir, 'factor-models', `${saved.id}.json`);
    writeFileSync(path, '{ broken');
    const [listed] = await api['factorModels.list']({});
    expect(listed).toMatchObject({ id: saved.id, fit: null });
    expect(listed!.unreadable).toBeTruthy();
    await expect(api['factorModels.get']({ id: saved.id })).rejects.toThrow(path);
    await expect(runAndWait(api, { scenarioId: 'ai-capex-bust-ease', paths: 0, factorModelId: saved.id })).rejects.toThrow(path);
    expect(readdirSync(join(dir, 'factor-models'))).toEqual([`${saved.id}.json`]);
    expect(await api['factorModels.delete']({ id: saved.id })).toEqual({ deleted: true });
    expect(await api['factorModels.list']({})).toEqual([]);
    api.dispose();
  });

  it('a run on a saved model records a copy; it re-runs identically after the model file is edited, then deleted', async () => {
    const dir = freshDataDir();
    const api = openBackend(dir);
    const saved = await api['factorModels.save']({ ...request, name: 'Synthetic example' });
    const onDefault = await runAndWait(api, { scenarioId: 'ai-capex-bust-ease', paths: 2000, seed: 9 });
    const onFitted = await runAndWait(api, { scenarioId: 'ai-capex-bust-ease', paths: 2000, seed: 9, factorModelId: saved.id });
    expect([onDefault.status, onFitted.status]).toEqual(['done', 'done']);
    const base = await api['runs.get']({ runId: onDefault.runId });
    const fitted = await api['runs.get']({ runId: onFitted.runId });
    expect(base.meta.factorModel).toBeUndefined();
    expect(fitted.meta.factorModel).toEqual({ id: saved.id, name: 'Synthetic example' });
    // The model is an input: another hash, other conditional moves of the factors the scenario does not shock.
    expect(fitted.meta.inputHash).not.toBe(base.meta.inputHash);
    expect(JSON.stringify(fitted.result.phaseOne)).not.toBe(JSON.stringify(base.result.phaseOne));
    const file = SavedRun.parse(JSON.parse(readFileSync(join(dir, 'runs', `${onFitted.runId}.json`), 'utf8')));
    expect(file.inputs.factorModel).toMatchObject({ id: saved.id, name: 'Synthetic example' });
    expect(file.inputs.factorModel!.model.factors.BTC!.volAnnual).toBe((await api['factorModels.get']({ id: saved.id })).model.factors.BTC.volAnnual);

    // Edit the saved model (double BTC's vol), then re-run: the run's own copy is used.
    const modelPath = join(dir, 'factor-models', `${saved.id}.json`);
    const edited = JSON.parse(readFileSync(modelPath, 'utf8'));
    edited.model.factors.BTC.volAnnual *= 2;
    writeFileSync(modelPath, JSON.stringify(edited));
    const afterEdit = await runAndWait(api, { scenarioId: 'ignored' }, undefined, 'rerun', onFitted.runId);
    const rerunEdited = await api['runs.get']({ runId: afterEdit.runId });
    expect(rerunEdited.meta.inputHash).toBe(fitted.meta.inputHash);
    expect(JSON.stringify(rerunEdited.result)).toBe(JSON.stringify(fitted.result));
    // A new run on the edited model is a different run.
    const onEdited = await runAndWait(api, { scenarioId: 'ai-capex-bust-ease', paths: 2000, seed: 9, factorModelId: saved.id });
    expect((await api['runs.get']({ runId: onEdited.runId })).meta.inputHash).not.toBe(fitted.meta.inputHash);

    rmSync(modelPath);
    const afterDelete = await runAndWait(api, { scenarioId: 'ignored' }, undefined, 'rerun', onFitted.runId);
    const rerunDeleted = await api['runs.get']({ runId: afterDelete.runId });
    expect(rerunDeleted.meta).toMatchObject({ inputHash: fitted.meta.inputHash, factorModel: { id: saved.id, name: 'Synthetic example' } });
    expect(JSON.stringify(rerunDeleted.result)).toBe(JSON.stringify(fitted.result));
    await expect(runAndWait(api, { scenarioId: 'ai-capex-bust-ease', paths: 0, factorModelId: saved.id })).rejects.toThrow(/no saved factor model/);

    // A run saved before models could be chosen (no copy in its inputs) re-runs on the built-in model.
    const old = await runAndWait(api, { scenarioId: 'ignored' }, undefined, 'rerun', onDefault.runId);
    expect((await api['runs.get']({ runId: old.runId })).meta.inputHash).toBe(base.meta.inputHash);
    api.dispose();
  });

  it('the reverse stress test solves under a saved model when asked: another covariance, another most plausible shock', { timeout: 60_000 }, async () => {
    const api = openBackend(freshDataDir());
    const saved = await api['factorModels.save']({ ...request, name: 'For the reverse test' });
    const currentId = (await api['portfolios.list']({})).currentId ?? undefined;
    const target = { kind: 'lossFraction' as const, fraction: 0.25 };
    const builtIn = await api['reverse.solve']({ portfolioId: currentId, target });
    const fitted = await api['reverse.solve']({ portfolioId: currentId, target, factorModelId: saved.id });
    expect(builtIn.reached && fitted.reached).toBe(true);
    if (!builtIn.reached || !fitted.reached) return;
    // Both reach the target; the shock and its distance follow the model's covariance.
    expect(fitted.loss).toBeCloseTo(builtIn.loss, 0);
    expect(Math.abs(fitted.d - builtIn.d)).toBeGreaterThan(1e-3);
    api.dispose();
  });
});
