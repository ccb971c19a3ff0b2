import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli/run-cli';
import { appRoot, freshDataDir } from './backend-helpers';

async function cli(dir: string, args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli([...args, '--data-dir', dir], appRoot, { out: (t) => out.push(t), err: (t) => err.push(t) }, {});
  return { code, out: out.join('\n'), err };
}
const sample = join(appRoot, 'resources/sample-portfolio.csv');

describe('the CLI after aftershock.json is lost', () => {
  it('still lists the saved runs and says, once per command on stderr, where the store is kept and that the runs were listed again', async () => {
    const dir = freshDataDir();
    const ran = await cli(dir, ['run', sample, '--scenario', 'replay-march-2020', '--paths', '0', '--json']);
    expect(ran.code).toBe(0);
    expect(ran.err.filter((line) => line.startsWith('Aftershock recovered'))).toEqual([]);
    const runId = (JSON.parse(ran.out) as { meta: { runId: string } }).meta.runId;
    await cli(dir, ['import', sample, '--save', 'Mine']);
    writeFileSync(join(dir, 'aftershock.json'), '{"schemaVersion":2,"sett');

    const runs = await cli(dir, ['runs']);
    expect(runs.code).toBe(0);
    expect(runs.out).toContain(runId);
    const kept = join(dir, readdirSync(dir).find((f) => f.startsWith('aftershock.unreadable-'))!);
    expect(runs.err).toHaveLength(2);
    expect(runs.err[0]).toMatch(/^Aftershock recovered: On .*, the settings file could not be read/);
    expect(runs.err[0]).toContain(`kept as ${kept}`);
    expect(runs.err[0]).toContain(`rename it back to ${join(dir, 'aftershock.json')}`);
    expect(runs.err[1]).toBe(`Aftershock recovered: The list of saved runs was rebuilt from the files in ${join(dir, 'runs')}; runs listed again: 1.`);

    // Every later command says where the kept file is (once), until it is deleted or restored; the runs stay listed.
    for (const args of [['runs', '--json'], ['portfolios'], ['scenarios', '--json']]) {
      const res = await cli(dir, args);
      expect(res.code, args.join(' ')).toBe(0);
      expect(res.err, args.join(' ')).toEqual([expect.stringContaining(`kept as ${kept}`)]);
    }
    expect((JSON.parse((await cli(dir, ['runs', '--json'])).out) as { runId: string }[]).map((r) => r.runId)).toEqual([runId]);
    const portfolios = await cli(dir, ['portfolios']);
    expect(portfolios.out).toMatch(/Mine/);
    expect(portfolios.out).toMatch(/Sample book/);
  });

  it('lists a run file that could not be read under the runs, with its kept path', async () => {
    const dir = freshDataDir();
    const ran = await cli(dir, ['run', sample, '--scenario', 'replay-march-2020', '--paths', '0', '--json']);
    const runId = (JSON.parse(ran.out) as { meta: { runId: string } }).meta.runId;
    writeFileSync(join(dir, 'runs', `${runId}.json`), '');
    const runs = await cli(dir, ['runs']);
    const kept = join(dir, 'runs', readdirSync(join(dir, 'runs')).find((f) => f.includes('.unreadable-'))!);
    expect(runs.out).toBe(`No saved runs yet: aftershock run FILE.csv\n! unreadable, not listed: kept as ${kept}`);
    expect(runs.err).toEqual([expect.stringMatching(new RegExp(`a saved run’s file could not be read.*kept as ${kept.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}.*Why: Unexpected end of JSON input`))]);
  });
});
