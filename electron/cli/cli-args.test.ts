import { afterEach, describe, expect, it } from 'vitest';
import { setLanguage } from '../../shared/i18n/translate';
import { parseCommandArgs } from './cli-args';
import type { CliCommand } from './cli-command';

const OPTIONS = { paths: { type: 'string' }, shock: { type: 'string' }, json: { type: 'boolean' }, 'target-loss': { type: 'string' } } as const satisfies CliCommand['options'];
const parse = (...args: string[]) => parseCommandArgs('run', args, OPTIONS);

afterEach(() => setLanguage('en'));

describe('command arguments', () => {
  it('takes a negative number after an option as its value, in every spelling', () => {
    expect(parse('book.csv', '--paths', '-5')).toEqual({ ok: true, values: { paths: '-5' }, positionals: ['book.csv'] });
    expect(parse('--paths=-5')).toMatchObject({ ok: true, values: { paths: '-5' } });
    expect(parse('--paths', '-0.5', '--json')).toMatchObject({ ok: true, values: { paths: '-0.5', json: true } });
    expect(parse('--paths', '-.5')).toMatchObject({ ok: true, values: { paths: '-.5' } });
    expect(parse('--target-loss', '-25%')).toMatchObject({ ok: true, values: { 'target-loss': '-25%' } });
  });

  it('takes values and positionals as parseArgs does otherwise', () => {
    expect(parse('a.csv', '--shock', 'AI_EQ=-30%', '--json', 'b')).toEqual({ ok: true, values: { shock: 'AI_EQ=-30%', json: true }, positionals: ['a.csv', 'b'] });
    expect(parse('--', '--paths', '-x')).toEqual({ ok: true, values: {}, positionals: ['--paths', '-x'] });
  });

  it.each([
    [['--paths'], '--paths needs a value (write --paths=… for a value that starts with “-”).'],
    [['--paths', '--json'], '--paths needs a value (write --paths=… for a value that starts with “-”).'],
    [['--paths', '-x'], '--paths needs a value (write --paths=… for a value that starts with “-”).'],
    [['--paths', ''], '--paths needs a value (write --paths=… for a value that starts with “-”).'],
    [['--paths='], '--paths needs a value (write --paths=… for a value that starts with “-”).'],
    [['a.csv', '-5'], 'Unknown option “-5”. Run aftershock run --help to list its options.'],
    [['--frobnicate'], 'Unknown option “--frobnicate”. Run aftershock run --help to list its options.'],
    [['--json=yes'], '--json takes no value (got yes).'],
  ])('refuses %j with a sentence naming the option', (args, message) => {
    expect(parse(...args)).toEqual({ ok: false, message });
  });

  it('says so in Chinese too', () => {
    setLanguage('zh-CN');
    expect(parse('--paths')).toEqual({ ok: false, message: '--paths 需要一个值（以“-”开头的值请写成 --paths=…）。' });
    expect(parse('--nope')).toEqual({ ok: false, message: '未知选项“--nope”。运行 aftershock run --help 可列出它的选项。' });
  });
});
