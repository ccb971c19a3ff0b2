import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../electron/cli/run-cli';
import { appRoot, freshDataDir } from './backend-helpers';

/** One data folder for a sequence of commands, as a person at a terminal would use it. */
function cliIn(dataDir: string) {
  return async (args: string[]) => {
    const out: string[] = [];
    const err: string[] = [];
    const code = await runCli([...args, '--data-dir', dataDir], appRoot, { out: (t) => out.push(t), err: (t) => err.push(t) }, {});
    return { code, out: out.join('\n'), err: err.join('\n') };
  };
}
const sample = join(appRoot, 'resources/sample-portfolio.csv');

describe('aftershock reverse and hedge', () => {
  it('reverse saves the most plausible 25 % loss as a scenario, and a 0-path run of it loses 25 % (±0.5 % of the book)', { timeout: 120_000 }, async () => {
    const cli = cliIn(freshDataDir());
    const reverse = await cli(['reverse', sample, '--target-loss', '25%', '--json']);
    expect(reverse.code).toBe(0);
    const answer = JSON.parse(reverse.out) as { reached: true; scenario: { id: string }; d: number; loss: number; startValue: number };
    expect(answer.scenario.id).toMatch(/^reverse-/);
    expect(reverse.err).toContain(`Saved as scenario ${answer.scenario.id}`);
    const run = await cli(['run', sample, '--scenario', answer.scenario.id, '--paths', '0', '--json']);
    expect(run.code).toBe(0);
    const p1 = (JSON.parse(run.out) as { phaseOne: { meanLoss: number; startValue: number; plausibility: { sigma: number } } }).phaseOne;
    expect(Math.abs(p1.meanLoss - 0.25 * p1.startValue)).toBeLessThan(0.005 * p1.startValue);
    expect(p1.plausibility.sigma).toBeCloseTo(answer.d, 3);
  });

  it('says in a sentence, with exit 1, when no shock can reach the target; refuses a malformed one with exit 2', { timeout: 120_000 }, async () => {
    const cli = cliIn(freshDataDir());
    expect(await cli(['reverse', sample, '--target', 'margin-call'])).toMatchObject({ code: 1, err: expect.stringMatching(/cannot get a margin call in phase one/) });
    expect(await cli(['reverse', sample, '--target', 'cash:100000'])).toMatchObject({ code: 2, err: expect.stringMatching(/--target takes margin-call or cash:AMOUNT@DAYSd/) });
    expect(await cli(['reverse', sample])).toMatchObject({ code: 2, err: expect.stringMatching(/Name the target/) });
  });

  it('hedge --json lists each candidate with trade, esBefore, esAfter and cost', { timeout: 180_000 }, async () => {
    const cli = cliIn(freshDataDir());
    const res = await cli(['hedge', sample, '--paths', '500', '--json']);
    expect(res.code).toBe(0);
    const report = JSON.parse(res.out) as { esBefore: number; candidates: { trade: { kind: string }; esBefore: number; esAfter: number; cost: number }[] };
    expect(report.candidates.length).toBeGreaterThan(20);
    for (const c of report.candidates) expect(c).toEqual(expect.objectContaining({ esBefore: report.esBefore, esAfter: expect.any(Number), cost: expect.any(Number) }));
    expect(report.candidates[0]!.esAfter).toBeLessThan(report.esBefore);
  });
});
