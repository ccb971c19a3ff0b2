// The child process of crash-consistency.test.ts. Saves in a loop as the back end saves — the open portfolio and a
// scenario through the state repo (a file each), a run file, then the store (conf) with the run list's cache — and
// prints `ack N` once the Nth round of saves is complete. The parent kills it with SIGKILL at a random moment.
//
// It is kept small so that hundreds of them start in seconds: bundled by the test with esbuild and run as plain Node,
// it loads the real write path (atomic-file.ts, state-repo.ts, conf) but not zod or the message catalogue; what it
// writes is checked by the parent with the real schemas and the real start-up (open-data.ts).
// Arguments: DATA_DIR FIRST_SEQUENCE_NUMBER RUN_TEMPLATE.json. It waits for a line on stdin before it touches the
// folder, so that the parent can start it ahead while the previous child still runs, never two writers at once.
import Conf from 'conf';
import { readFileSync, statSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import type { SavedRun } from '../../shared/api';
import type { Portfolio } from '../../shared/domain';
import type { Scenario } from '../../shared/domain/scenario';
import type { AppState } from '../../electron/backend/app-state';
import { writeFileAtomic } from '../../electron/backend/atomic-file';
import { createStateRepo, type RecordFolder } from '../../electron/backend/state-repo';

const [dataDir, first, templateFile] = process.argv.slice(2) as [string, string, string];
// Written straight to the pipe (synchronous on every OS): an acknowledgement printed is one the parent can read.
const say = (line: string) => writeSync(1, `${line}\n`);
const readJson = <T>(path: string): T => JSON.parse(readFileSync(path, 'utf8')) as T;
/** The back end's folders write `<id>.json` with writeFileAtomic; the ids here need no escaping. */
const folder = <T extends { id: string }>(dir: string): RecordFolder<T> => ({
  save: (item) => writeFileAtomic(join(dataDir, dir, `${item.id}.json`), JSON.stringify(item)),
  remove: () => {},
});

say('loaded');
createInterface({ input: process.stdin }).once('line', () => {
  const store = new Conf<AppState>({ cwd: dataDir, configName: 'aftershock', projectName: 'aftershock', projectVersion: '0.0.0-crash', clearInvalidConfig: false });
  const template = readJson<SavedRun>(templateFile);
  const sample = readJson<Portfolio>(join(dataDir, 'portfolios', 'sample.json'));
  const mine = { ...template.record.meta.scenario, id: 'mine' } satisfies Scenario;
  const state = createStateRepo(store, { portfolios: folder('portfolios'), scenarios: folder('scenarios') }, { portfolios: { sample }, scenarios: { mine } });
  say('ready');
  for (let seq = Number(first); ; seq++) {
    const { portfolios, scenarios } = state.read();
    state.write('portfolios', { ...portfolios, sample: { ...portfolios.sample!, name: `seq ${seq}` } });
    state.write('scenarios', { ...scenarios, mine: { ...scenarios.mine!, name: `seq ${seq}` } });
    const saved: SavedRun = { ...template, record: { ...template.record, runId: 'crash-run', meta: { ...template.record.meta, seed: seq } } };
    const path = join(dataDir, 'runs', 'crash-run.json');
    writeFileAtomic(path, JSON.stringify(saved));
    // As the run index adds a run: the file's size and time, and its summary (only the seed matters here).
    const { size, mtimeMs } = statSync(path);
    const summary = { ...Object.values(state.read().runCache)[0]!.summary, runId: 'crash-run', seed: seq };
    state.write('runCache', { ...state.read().runCache, 'crash-run.json': { size, mtimeMs, summary } });
    say(`ack ${seq}`);
  }
});
