import { afterEach, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { RunRequest } from '../../shared/api/runs-api';
import { stressCalls } from '../../shared/api/stress-api';
import { Scenario } from '../../shared/domain/scenario';
import { setLanguage } from '../../shared/i18n/translate';
import { FitOptions } from '../../shared/model/fit/fit-types';
import { CliUsageError } from './cli-command';
import { commands } from './cli-commands';
import { HEDGE_PATHS, HORIZON_WEEKS, LAMBDA, numberArg, numberProblem, numbersProblem, RUN_PATHS, SEED, TOP, WORKERS, type NumberRule } from './number-args';

afterEach(() => setLanguage('en'));

describe('numeric options', () => {
  it.each([
    ['paths', '-5', RUN_PATHS, '--paths must be a whole number ≥ 0 (got -5).'],
    ['paths', '2.5', RUN_PATHS, '--paths must be a whole number ≥ 0 (got 2.5).'],
    ['paths', 'many', RUN_PATHS, '--paths must be a whole number ≥ 0 (got many).'],
    ['paths', '1e3', RUN_PATHS, '--paths must be a whole number ≥ 0 (got 1e3).'],
    ['paths', '2000001', RUN_PATHS, '--paths must be at most 2,000,000 (got 2000001).'],
    ['paths', '50', HEDGE_PATHS, '--paths must be a whole number ≥ 100 (got 50).'],
    ['paths', '200001', HEDGE_PATHS, '--paths must be at most 200,000 (got 200001).'],
    ['workers', '0', WORKERS, '--workers must be a positive whole number (got 0).'],
    ['workers', '-2', WORKERS, '--workers must be a positive whole number (got -2).'],
    ['workers', '65', WORKERS, '--workers must be at most 64 (got 65).'],
    ['seed', '-1', SEED, '--seed must be a whole number ≥ 0 (got -1).'],
    ['seed', '9007199254740992', SEED, '--seed must be at most 9,007,199,254,740,991 (got 9007199254740992).'],
    ['horizon-weeks', '0', HORIZON_WEEKS, '--horizon-weeks must be a positive whole number (got 0).'],
    ['horizon-weeks', '261', HORIZON_WEEKS, '--horizon-weeks must be at most 260 (got 261).'],
    ['top', '-3', TOP, '--top must be a positive whole number (got -3).'],
    ['lambda', '-0.5', LAMBDA, '--lambda must be a number greater than 0 and less than 1 (got -0.5).'],
    ['lambda', '1', LAMBDA, '--lambda must be a number greater than 0 and less than 1 (got 1).'],
    ['lambda', '0', LAMBDA, '--lambda must be a number greater than 0 and less than 1 (got 0).'],
    ['lambda', 'x', LAMBDA, '--lambda must be a number greater than 0 and less than 1 (got x).'],
  ] as const)('refuses --%s %s with a sentence naming both', (option, value, rule, said) => {
    expect(numberProblem(option, value, rule)).toBe(said);
  });

  it.each([
    ['paths', '0', RUN_PATHS],
    ['paths', '2000000', RUN_PATHS],
    ['paths', '100', HEDGE_PATHS],
    ['workers', '1', WORKERS],
    ['workers', '64', WORKERS],
    ['seed', '9007199254740991', SEED],
    ['lambda', '0.94', LAMBDA],
    ['lambda', '.5', LAMBDA],
  ] as const)('takes --%s %s', (option, value, rule) => {
    expect(numberProblem(option, value, rule)).toBeNull();
  });

  it('says the same in Chinese, with full-width punctuation', () => {
    setLanguage('zh-CN');
    expect(numberProblem('paths', '-5', RUN_PATHS)).toBe('--paths 必须是不小于 0 的整数（收到的是 -5）。');
    expect(numberProblem('workers', '0', WORKERS)).toBe('--workers 必须是正整数（收到的是 0）。');
    expect(numberProblem('paths', '3000000', RUN_PATHS)).toBe('--paths 不能大于 2,000,000（收到的是 3000000）。');
    expect(numberProblem('lambda', '2', LAMBDA)).toBe('--lambda 必须是大于 0 且小于 1 的数（收到的是 2）。');
  });

  it('reports the first refused option and reads a good one as a number', () => {
    expect(numbersProblem({ paths: '10', workers: '0', seed: '-1' }, { paths: RUN_PATHS, seed: SEED, workers: WORKERS })).toBe('--seed must be a whole number ≥ 0 (got -1).');
    expect(numbersProblem({ paths: '10', json: true }, { paths: RUN_PATHS, seed: SEED })).toBeNull();
    expect(numberArg({ paths: '250' }, 'paths', RUN_PATHS)).toBe(250);
    expect(numberArg({}, 'paths', RUN_PATHS)).toBeUndefined();
    expect(() => numberArg({ paths: '-5' }, 'paths', RUN_PATHS)).toThrow(CliUsageError);
  });
});

/** The schema behind each command's numeric option: the CLI takes exactly what it takes, at both ends. */
const SCHEMAS: Record<string, Record<string, z.ZodType>> = {
  run: { paths: RunRequest.shape.paths, seed: RunRequest.shape.seed, workers: RunRequest.shape.workers, 'horizon-weeks': Scenario.shape.phaseTwo.shape.horizonWeeks },
  hedge: { paths: stressCalls['hedges.find'].input.shape.paths, seed: stressCalls['hedges.find'].input.shape.seed },
  fit: { lambda: FitOptions.shape.lambda },
};

const inside = (rule: NumberRule, end: number, towards: 1 | -1) => (rule.whole ? end : end + towards * 1e-9);

describe('the numeric options’ limits are the schemas’', () => {
  const cases = Object.entries(commands).flatMap(([name, command]) => Object.entries(command.numbers ?? {}).map(([option, rule]) => [name, option, rule] as const));

  it('covers every numeric option of every command', () => {
    expect(cases.map(([name, option]) => `${name} --${option}`).sort()).toEqual(['fit --lambda', 'hedge --paths', 'hedge --seed', 'hedge --top', 'run --horizon-weeks', 'run --paths', 'run --seed', 'run --workers']);
  });

  it.each(cases.filter(([name, option]) => SCHEMAS[name]?.[option]))('%s --%s', (name, option, rule) => {
    const schema = SCHEMAS[name]![option]!;
    const step = rule.whole ? 1 : 1e-9;
    const lowest = rule.minExclusive ? inside(rule, rule.min, 1) : rule.min;
    const highest = rule.maxExclusive ? inside(rule, rule.max, -1) : rule.max;
    expect(schema.safeParse(lowest).success).toBe(true);
    expect(schema.safeParse(highest).success).toBe(true);
    expect(schema.safeParse(rule.minExclusive ? rule.min : rule.min - step).success).toBe(false);
    // Above MAX_SAFE_INTEGER, +1 is not representable: the next double up is the value the schema must refuse.
    const above = rule.maxExclusive ? rule.max : rule.max === Number.MAX_SAFE_INTEGER ? rule.max * 2 : rule.max + step;
    expect(schema.safeParse(above).success).toBe(false);
    if (rule.whole) expect(schema.safeParse(lowest + 0.5).success).toBe(false);
  });
});
