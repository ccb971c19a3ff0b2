import { cpSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { appRoot, freshDataDir, openBackend } from './backend-helpers';

/** A copy of tests/fixtures/data-v1: a folder the store's version 1 wrote (see its README). */
function v1Folder(): string {
  const dir = freshDataDir();
  cpSync(join(appRoot, 'tests/fixtures/data-v1'), dir, { recursive: true });
  return dir;
}

type V1 = { portfolios: Record<string, { name: string; holdings: unknown[] }>; scenarios: Record<string, { name: string }>; runIndex: { runId: string }[] };
const v1 = JSON.parse(readFileSync(join(appRoot, 'tests/fixtures/data-v1/aftershock.json'), 'utf8')) as V1;
const RUN_IDS = v1.runIndex.map((r) => r.runId).reverse(); // newest first
const MINE = Object.keys(v1.scenarios)[0]!;

/** Everything the v1 folder holds, as the back end answers it now. */
async function everything(dir: string) {
  const api = openBackend(dir);
  try {
    const list = await api['portfolios.list']({});
    const views = await Promise.all(list.portfolios.map((p) => api['portfolios.get']({ id: p.id })));
    return {
      currentId: list.currentId,
      portfolios: Object.fromEntries(views.map((v) => [v.portfolio.id, { name: v.portfolio.name, holdings: v.portfolio.holdings.length, nvda: v.portfolio.holdings.find((h) => h.symbol === 'NVDA')?.exposures }])),
      mine: (await api['scenarios.list']({})).filter((s) => !s.builtIn).map((s) => s.id),
      myShock: (await api['scenarios.get']({ id: MINE })).phaseOne.shocks.AI_EQ,
      runs: (await api['runs.list']({})).map((r) => r.runId),
      loss: (await api['runs.get']({ runId: RUN_IDS[0]! })).result.phaseOne.meanLoss,
      theme: (await api['settings.get']({})).theme,
      recovery: (await api['app.info']({})).recovery,
    };
  } finally {
    api.dispose();
  }
}

describe('a data folder written by store version 1', () => {
  it('opens with every portfolio, scenario, run and setting still there, now each in a file of its own', async () => {
    const dir = v1Folder();
    const first = await everything(dir);
    expect(first.currentId).toBe('sample');
    expect(Object.keys(first.portfolios).sort()).toEqual(Object.keys(v1.portfolios).sort());
    for (const [id, p] of Object.entries(v1.portfolios)) expect(first.portfolios[id]).toMatchObject({ name: p.name, holdings: p.holdings.length });
    expect(first.portfolios['p-91402ba8']?.nvda).toEqual([{ tag: 'equity', weight: 1, source: expect.anything() }]);
    expect(first.mine).toEqual([MINE]);
    expect(first.myShock).toBe(-0.55);
    expect(first.runs).toEqual(RUN_IDS);
    expect(first.loss).toBeGreaterThan(0);
    expect(first.theme).toBe('dark');
    // The runs were listed before: nothing to recover from.
    expect(first.recovery).toEqual([]);

    expect(readdirSync(join(dir, 'portfolios')).sort()).toEqual(['p-91402ba8.json', 'sample.json']);
    expect(readdirSync(join(dir, 'scenarios'))).toEqual([`${MINE}.json`]);
    const store = JSON.parse(readFileSync(join(dir, 'aftershock.json'), 'utf8')) as Record<string, unknown>;
    expect(Object.keys(store)).not.toContain('portfolios');
    expect(Object.keys(store)).not.toContain('scenarios');
    expect(Object.keys(store)).not.toContain('runIndex');
    expect(store.schemaVersion).toBe(2);
    // Opened again: the same, from the files.
    expect(await everything(dir)).toEqual(first);
  });

  it('keeps everything listed when the store is then lost, lists the runs again and says so', async () => {
    const dir = v1Folder();
    const before = await everything(dir);
    writeFileSync(join(dir, 'aftershock.json'), '{"schemaVersion":2,"settings":{"bas');
    const after = await everything(dir);
    expect(after.portfolios).toEqual(before.portfolios);
    expect(after.mine).toEqual(before.mine);
    expect(after.runs).toEqual(before.runs);
    // The store held the open portfolio and the theme: the one changed last opens, and the theme is the default.
    expect(after.currentId).toBe('p-91402ba8');
    expect(after.theme).toBe('system');
    const kept = readdirSync(dir).filter((f) => f.startsWith('aftershock.unreadable-'));
    expect(kept).toHaveLength(1);
    expect(readFileSync(join(dir, kept[0]!), 'utf8')).toBe('{"schemaVersion":2,"settings":{"bas');
    expect(after.recovery).toEqual([
      { kind: 'keptAside', what: 'store', original: join(dir, 'aftershock.json'), kept: join(dir, kept[0]!), at: expect.any(String), reason: expect.stringMatching(/JSON/) },
      { kind: 'runsRelisted', dir: join(dir, 'runs'), count: 2 },
    ]);
    // The sample book is not loaded a second time into a folder that had it.
    expect(Object.keys(after.portfolios).sort()).toEqual(['p-91402ba8', 'sample']);
  });

  it('writes a version 1 entry that no longer parses to a kept file of its own, and opens the rest', async () => {
    const dir = v1Folder();
    const file = join(dir, 'aftershock.json');
    const state = JSON.parse(readFileSync(file, 'utf8')) as V1;
    (state.portfolios['p-91402ba8'] as unknown as Record<string, unknown>).holdings = 'not a list';
    writeFileSync(file, JSON.stringify(state));
    const opened = await everything(dir);
    expect(Object.keys(opened.portfolios)).toEqual(['sample']);
    expect(opened.runs).toEqual(RUN_IDS);
    const kept = readdirSync(join(dir, 'portfolios')).filter((f) => f.startsWith('p-91402ba8.unreadable-'));
    expect(kept).toHaveLength(1);
    expect(JSON.parse(readFileSync(join(dir, 'portfolios', kept[0]!), 'utf8'))).toEqual(state.portfolios['p-91402ba8']);
    expect(opened.recovery).toEqual([
      { kind: 'keptAside', what: 'portfolio', original: join(dir, 'portfolios', 'p-91402ba8.json'), kept: join(dir, 'portfolios', kept[0]!), at: expect.any(String), reason: expect.stringMatching(/holdings/) },
    ]);
    expect(existsSync(join(dir, 'portfolios', 'p-91402ba8.json'))).toBe(false);
  });
});
