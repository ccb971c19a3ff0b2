import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli/run-cli';
import { appRoot, freshDataDir } from './backend-helpers';

const sample = join(appRoot, 'resources/sample-portfolio.csv');

/** One CLI invocation in a fresh data folder; `started` says whether the back end touched the folder at all. */
async function cli(args: string[], env: NodeJS.ProcessEnv = {}) {
  const dataDir = freshDataDir();
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli([...args, '--data-dir', dataDir], appRoot, { out: (t) => out.push(t), err: (t) => err.push(t) }, env);
  return { code, out: out.join('\n'), err: err.join('\n'), started: readdirSync(dataDir).length > 0 };
}

describe('numeric CLI options', () => {
  it('run --paths -5 says what --paths takes and what it got, with exit 2, before anything starts', async () => {
    expect(await cli(['run', sample, '--paths', '-5'])).toEqual({ code: 2, out: '', err: '--paths must be a whole number ≥ 0 (got -5).', started: false });
    expect(await cli(['run', sample, '--paths=-5', '--json'])).toMatchObject({ code: 2, out: '', err: '--paths must be a whole number ≥ 0 (got -5).' });
  });

  it('says it in Chinese with --lang zh-CN or a Chinese LANG', async () => {
    expect(await cli(['run', sample, '--paths', '-5', '--lang', 'zh-CN'])).toMatchObject({ code: 2, err: '--paths 必须是不小于 0 的整数（收到的是 -5）。' });
    expect(await cli(['run', sample, '--workers', '0'], { LANG: 'zh_CN.UTF-8' })).toMatchObject({ code: 2, err: '--workers 必须是正整数（收到的是 0）。' });
  });

  it.each([
    [['--workers', '0'], '--workers must be a positive whole number (got 0).'],
    [['--workers', '-1'], '--workers must be a positive whole number (got -1).'],
    [['--workers', '65'], '--workers must be at most 64 (got 65).'],
    [['--paths', '2.5'], '--paths must be a whole number ≥ 0 (got 2.5).'],
    [['--paths', 'lots'], '--paths must be a whole number ≥ 0 (got lots).'],
    [['--paths', '2000001'], '--paths must be at most 2,000,000 (got 2000001).'],
    [['--seed', '-7'], '--seed must be a whole number ≥ 0 (got -7).'],
    [['--seed', '1.5'], '--seed must be a whole number ≥ 0 (got 1.5).'],
    [['--horizon-weeks', '-52'], '--horizon-weeks must be a positive whole number (got -52).'],
    [['--horizon-weeks', '300'], '--horizon-weeks must be at most 260 (got 300).'],
  ])('run %j exits 2 with “%s”', async (args, said) => {
    expect(await cli(['run', sample, ...args])).toEqual({ code: 2, out: '', err: said, started: false });
  });

  it('hedge and fit check theirs the same way', async () => {
    expect(await cli(['hedge', sample, '--paths', '-5'])).toMatchObject({ code: 2, err: '--paths must be a whole number ≥ 100 (got -5).', started: false });
    expect(await cli(['hedge', sample, '--paths', '200001'])).toMatchObject({ code: 2, err: '--paths must be at most 200,000 (got 200001).' });
    expect(await cli(['hedge', sample, '--top', '0'])).toMatchObject({ code: 2, err: '--top must be a positive whole number (got 0).' });
    expect(await cli(['hedge', sample, '--seed', '-1'])).toMatchObject({ code: 2, err: '--seed must be a whole number ≥ 0 (got -1).' });
    const history = join(appRoot, 'resources/examples/synthetic-price-history.csv');
    expect(await cli(['fit', history, '--lambda', '-0.5'])).toMatchObject({ code: 2, err: '--lambda must be a number greater than 0 and less than 1 (got -0.5).', started: false });
    expect(await cli(['fit', history, '--lambda', '1.5'])).toMatchObject({ code: 2, err: '--lambda must be a number greater than 0 and less than 1 (got 1.5).' });
  });

  it('reverse --target-loss -25% reaches the target’s own sentence (not parseArgs’ “ambiguous”), exit 2', async () => {
    const res = await cli(['reverse', sample, '--target-loss', '-25%']);
    expect(res).toMatchObject({ code: 2, out: '' });
    expect(res.err).toBe('--target-loss takes a share such as 25% (between 0 and 100 %) or a positive amount such as 60000, not “-25%”.');
  });

  it('numbers inside a value are the parser’s to refuse: import --fx EUR=-1.15 and --fx -1 name the part, exit 2', async () => {
    expect(await cli(['import', sample, '--fx', 'EUR=-1.15'])).toMatchObject({ code: 2, out: '', err: '--fx takes CODE=USD-per-unit pairs such as EUR=1.15,HKD=0.128; “EUR=-1.15” is not one.' });
    expect(await cli(['import', sample, '--fx', '-1'])).toMatchObject({ code: 2, err: '--fx takes CODE=USD-per-unit pairs such as EUR=1.15,HKD=0.128; “-1” is not one.' });
  });

  it('an option without its value, or one the command does not have, is named, with the usage and exit 2', async () => {
    const usage = 'Usage: aftershock run FILE.csv';
    for (const args of [['--paths'], ['--paths', '--json'], ['--seed', '--workers', '2']]) {
      const res = await cli(['run', sample, ...args]);
      expect(res).toMatchObject({ code: 2, out: '', started: false });
      expect(res.err).toMatch(new RegExp(`^--${args[0]!.slice(2)} needs a value \\(write --${args[0]!.slice(2)}=… for a value that starts with “-”\\)\\.\\n${usage}`));
    }
    const unknown = await cli(['run', sample, '-5']);
    expect(unknown).toMatchObject({ code: 2, started: false });
    expect(unknown.err.split('\n')[0]).toBe('Unknown option “-5”. Run aftershock run --help to list its options.');
    expect((await cli(['run', sample, '--json=no'])).err.split('\n')[0]).toBe('--json takes no value (got no).');
  });

  it('still runs with good numbers: --paths 0 is the mean path alone', { timeout: 60_000 }, async () => {
    const res = await cli(['run', sample, '--paths', '0', '--seed', '0', '--horizon-weeks', '1', '--workers', '1', '--json']);
    // The back end did start here (it saved the run): so `started: false` above does say nothing started.
    expect(res).toMatchObject({ code: 0, started: true });
    expect((JSON.parse(res.out) as { meta: { paths: number } }).meta.paths).toBe(0);
  });
});
