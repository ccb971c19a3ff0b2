import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { freshDataDir, openBackend, runAndWait } from './backend-helpers';

describe('saved runs', () => {
  it('survive a restart with the same numbers, and a re-run gives the identical result', async () => {
    const dir = freshDataDir();
    const first = openBackend(dir);
    const run = await runAndWait(first, { scenarioId: 'ai-capex-bust-ease', paths: 3000, seed: 5 });
    expect(run.status).toBe('done');
    const before = await first['runs.get']({ runId: run.runId });
    first.dispose();
    expect(readdirSync(join(dir, 'runs'))).toEqual([`${run.runId}.json`]);

    const second = openBackend(dir);
    // Change the FX table and the open portfolio's name: a re-run must still use the run's own snapshot.
    await second['settings.update']({ baseCurrency: 'EUR' });
    await second['portfolios.rename']({ id: 'sample', name: 'Renamed' });
    const list = await second['runs.list']({});
    expect(list.map((r) => r.runId)).toEqual([run.runId]);
    expect(list[0]).toMatchObject({ scenarioId: 'ai-capex-bust-ease', seed: 5, paths: 3000, baseCurrency: 'USD' });
    const reopened = await second['runs.get']({ runId: run.runId });
    expect(JSON.stringify(reopened)).toBe(JSON.stringify(before));

    const again = await runAndWait(second, { scenarioId: 'ignored' }, undefined, 'rerun', run.runId);
    expect(again.status).toBe('done');
    const rerun = await second['runs.get']({ runId: again.runId });
    expect(JSON.stringify(rerun.result)).toBe(JSON.stringify(before.result));
    expect(rerun.meta.inputHash).toBe(before.meta.inputHash);
    expect((await second['runs.list']({})).map((r) => r.runId)).toEqual([again.runId, run.runId]);
    second.dispose();
  });

  it('moves an unreadable run file aside, keeps it byte for byte and names the kept file, and the other runs stay listed', async () => {
    const dir = freshDataDir();
    const api = openBackend(dir);
    const broken = await runAndWait(api, { scenarioId: 'ai-capex-bust-ease', paths: 0 });
    const fine = await runAndWait(api, { scenarioId: 'replay-march-2020', paths: 0 });
    api.dispose();
    const path = join(dir, 'runs', `${broken.runId}.json`);
    writeFileSync(path, '{ broken');
    const reopened = openBackend(dir);
    const kept = readdirSync(join(dir, 'runs')).filter((f) => f.startsWith(`${broken.runId}.unreadable-`));
    expect(kept).toHaveLength(1);
    const keptPath = join(dir, 'runs', kept[0]!);
    expect(readFileSync(keptPath, 'utf8')).toBe('{ broken');
    expect(existsSync(path)).toBe(false);
    await expect(reopened['runs.get']({ runId: broken.runId })).rejects.toThrow(keptPath);
    expect((await reopened['runs.list']({})).map((r) => r.runId)).toEqual([fine.runId]);
    const { recovery } = await reopened['app.info']({});
    expect(recovery).toEqual([{ kind: 'keptAside', what: 'run', original: path, kept: keptPath, at: expect.any(String), reason: expect.stringMatching(/JSON/) }]);
    reopened.dispose();
    // Listed at every start while the kept file is there (the reason is known only at the start that moved it).
    const third = openBackend(dir);
    expect((await third['app.info']({})).recovery).toEqual([{ ...recovery[0], reason: null }]);
    third.dispose();
  });
});

describe('the scenario library', () => {
  it('duplicates a built-in, saves changes, refuses to change a built-in, deletes', async () => {
    const api = openBackend(freshDataDir());
    const copy = await api['scenarios.duplicate']({ id: 'ai-capex-bust-ease' });
    expect(copy.name).toBe('AI capex bust — central banks ease (copy)');
    const edited = await api['scenarios.save']({ scenario: { ...copy, phaseOne: { ...copy.phaseOne, shocks: { ...copy.phaseOne.shocks, AI_EQ: -0.6 } } } });
    expect((await api['scenarios.get']({ id: edited.id })).phaseOne.shocks.AI_EQ).toBe(-0.6);
    const builtIn = await api['scenarios.get']({ id: 'ai-capex-bust-ease' });
    await expect(api['scenarios.save']({ scenario: builtIn })).rejects.toThrow(/built-in scenario and cannot be changed/);
    expect((await api['scenarios.list']({})).find((s) => s.id === edited.id)?.builtIn).toBe(false);
    expect(await api['scenarios.delete']({ id: edited.id })).toEqual({ deleted: true });
    api.dispose();
  });

  it('imports a scenario file, renaming a clashing id, and explains a bad one with the file name', async () => {
    const api = openBackend(freshDataDir());
    const builtIn = await api['scenarios.get']({ id: 'ai-capex-bust-ease' });
    const imported = await api['scenarios.import']({ fileName: 'mine.json', text: JSON.stringify(builtIn) });
    expect(imported.id).not.toBe(builtIn.id);
    await expect(api['scenarios.import']({ fileName: 'bad.json', text: '{"version":1,"id":"x"}' })).rejects.toThrow(/bad\.json is not a valid Aftershock scenario[\s\S]*name/);
    await expect(api['scenarios.import']({ fileName: 'nojson.json', text: 'hello' })).rejects.toThrow(/nojson\.json is not JSON/);
    api.dispose();
  });
});
