import { spawnSync } from 'node:child_process';
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from './web-host-fixture';
import { fillRunPaths } from './run-form';

// Run, then lose aftershock.json: the saved run stays listed (CLI `runs`, the Results screen), the CLI says on stderr
// where the unreadable file is kept, and the app shows it in a banner with how to restore it.

const RUN_TIMEOUT_MS = 120_000;
const root = fileURLToPath(new URL('../..', import.meta.url));

function cli(args: string[]) {
  const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
  const res = spawnSync(npx, ['tsx', 'electron/cli/index.ts', ...args], { cwd: root, encoding: 'utf8', timeout: 60_000, shell: process.platform === 'win32' });
  return { code: res.status, out: res.stdout, err: res.stderr };
}

test('a lost aftershock.json hides no saved run, and the CLI and the app both say where it is kept', async ({ page, webHost, pageProblems }, testInfo) => {
  test.setTimeout(RUN_TIMEOUT_MS * 2);
  await page.goto(webHost.url);
  await page.getByRole('navigation').getByRole('link', { name: 'Results', exact: true }).click();
  await page.getByTestId('run-scenario').selectOption('replay-march-2020');
  await fillRunPaths(page, 2000);
  await page.getByTestId('run-start').click();
  await expect(page.getByTestId('run-status')).toContainText('2,000 paths', { timeout: RUN_TIMEOUT_MS });
  const runId = await page.getByTestId('saved-run-row').first().getAttribute('data-run-id');
  expect(runId).toMatch(/^[0-9a-f-]{36}$/);
  await expect(page.getByTestId('recovered-banner')).toHaveCount(0);

  const store = join(webHost.dataDir, 'aftershock.json');
  let runs = { code: null as number | null, out: '', err: '' };
  pageProblems.allowConsoleError(/ERR_CONNECTION_REFUSED/);
  const url = await webHost.restart(() => {
    writeFileSync(store, '{"schemaVersion":2,"settings":{"baseCurrency":"US');
    runs = cli(['runs', '--data-dir', webHost.dataDir]);
  });
  const kept = join(webHost.dataDir, readdirSync(webHost.dataDir).find((f) => f.startsWith('aftershock.unreadable-'))!);

  // The CLI: the run is still listed; stderr says where the file is kept and that the list was rebuilt from runs/.
  expect(runs.code).toBe(0);
  expect(runs.out).toContain(runId!);
  const recovered = runs.err.split('\n').filter((line) => line.startsWith('Aftershock recovered:'));
  expect(recovered).toHaveLength(2);
  expect(recovered[0]).toContain(`kept as ${kept}`);
  expect(recovered[0]).toContain(`rename it back to ${store}`);
  expect(recovered[1]).toContain(`rebuilt from the files in ${join(webHost.dataDir, 'runs')}`);
  // The web host says it on its own stderr too.
  expect(webHost.stderr()).toContain(`kept as ${kept}`);

  // The app: a banner with the kept path and how to restore it, and the run on the Results screen.
  await page.goto(url);
  const banner = page.getByTestId('recovered-banner');
  await expect(banner).toContainText('Recovered at start-up: nothing was deleted');
  await expect(banner.getByTestId('recovery-note')).toHaveCount(1);
  await expect(banner).toContainText(`The file is kept as ${kept}`);
  await expect(banner).toContainText(`To restore it, quit Aftershock and rename it back to ${store}`);
  await page.getByRole('navigation').getByRole('link', { name: 'Results', exact: true }).click();
  await expect(page.locator(`[data-testid="saved-run-row"][data-run-id="${runId}"]`)).toBeVisible();
  await expect(page.getByTestId('results-subject')).toContainText('March 2020');
  await page.screenshot({ path: testInfo.outputPath('recovered-results.png') });
  // Still there on every screen until the kept file goes; hidden for this start when asked.
  await page.getByRole('navigation').getByRole('link', { name: 'Settings', exact: true }).click();
  await expect(banner).toBeVisible();
  await banner.getByTestId('recovered-banner-hide').click();
  await expect(banner).toHaveCount(0);
});

test('an unreadable portfolio, scenario and run file each show under their own list, with where the file is kept', async ({ page, webHost, pageProblems }) => {
  test.setTimeout(RUN_TIMEOUT_MS * 2);
  await page.goto(webHost.url);
  await expect(page.getByTestId('holding-row').first()).toBeVisible();
  pageProblems.allowConsoleError(/ERR_CONNECTION_REFUSED/);
  const dir = (kind: string) => join(webHost.dataDir, kind);
  const newest = (kind: string) => join(dir(kind), readdirSync(dir(kind)).find((f) => f.endsWith('.json') && !f.includes('.unreadable-'))!);
  const broken: Record<string, string> = {};
  const url = await webHost.restart(() => {
    // A portfolio, a scenario and a run of the CLI's, each then cut short as a crash of another program might leave it.
    const csv = join(root, 'resources', 'sample-portfolio.csv');
    expect(cli(['import', csv, '--save', 'Cut short', '--data-dir', webHost.dataDir]).code).toBe(0);
    expect(cli(['reverse', csv, '--target-loss', '20%', '--data-dir', webHost.dataDir]).code).toBe(0);
    expect(cli(['run', csv, '--paths', '500', '--data-dir', webHost.dataDir]).code).toBe(0);
    for (const kind of ['scenarios', 'runs']) {
      broken[kind] = newest(kind);
      writeFileSync(broken[kind], '{"id":"cut-short","na');
    }
    broken.portfolios = join(dir('portfolios'), readdirSync(dir('portfolios')).find((f) => f.startsWith('p-'))!);
    writeFileSync(broken.portfolios, '{"id":"cut-short","na');
  });
  const keptOf = (file: string) => {
    const base = file.replace(/\.json$/, '');
    const name = readdirSync(join(base, '..')).find((f) => join(base, '..', f).startsWith(`${base}.unreadable-`));
    expect(name, `${file} kept aside`).toBeDefined();
    return join(base, '..', name!);
  };

  await page.goto(url);
  await expect(page.getByTestId('recovered-banner').getByTestId('recovery-note')).toHaveCount(3);
  await expect(page.getByTestId('portfolio-kept')).toHaveText(`A portfolio could not be read and is not listed: its file is kept as ${keptOf(broken.portfolios!)}.`);
  await page.getByRole('navigation').getByRole('link', { name: 'Scenarios', exact: true }).click();
  await expect(page.getByTestId('scenario-library-kept')).toHaveText(`A scenario could not be read and is not listed: its file is kept as ${keptOf(broken.scenarios!)}.`);
  await page.getByRole('navigation').getByRole('link', { name: 'Results', exact: true }).click();
  await expect(page.getByTestId('saved-runs-kept')).toHaveText(`A saved run could not be read and is not listed: its file is kept as ${keptOf(broken.runs!)}.`);
});
