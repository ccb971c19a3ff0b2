import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ImportText, MessageArg } from '../../shared/domain/import-text';
import { untranslatedWords } from '../../shared/i18n/ascii-allow-list';
import { translator, withLanguage } from '../../shared/i18n/translate';
import { columnText, importHoldings, issueText, refText, refusalOf, type ImportOutcome } from '../../shared/import';

/**
 * Every import fixture, read with the back end in English and in Chinese: the importer says the same thing (lines,
 * columns, keys, params, English messages), and each remark and refusal reads in Chinese with no English left over but
 * what comes from the file, every placeholder filled, and the same numbers (lines, counts, amounts) as in English.
 */
const repo = new URL('../../', import.meta.url);

/** The shared originals next to this checkout (../shared or ../../shared), when it sits next to them. */
function sharedFixtures(): URL | null {
  for (const up of ['../shared/fixtures/import/', '../../shared/fixtures/import/']) {
    const dir = new URL(up, repo);
    if (existsSync(dir)) return dir;
  }
  return null;
}

const csvFiles = (dir: URL): Array<[string, URL]> =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry): Array<[string, URL]> => {
    if (entry.isDirectory()) return csvFiles(new URL(`${entry.name}/`, dir));
    return entry.name.endsWith('.csv') ? [[entry.name, new URL(entry.name, dir)]] : [];
  });

const own = csvFiles(new URL('tests/fixtures/import/', repo)).map(([name, url]) => [`tests/fixtures: ${name}`, url] as const);
const sharedDir = sharedFixtures();
const shared = sharedDir ? csvFiles(sharedDir).map(([name, url]) => [`shared/fixtures: ${name}`, url] as const) : [];

/** Params whose text is the file's own (a cell, a header, a section or file name, a currency code): it stays as it is. */
const FILE_DATA = new Set(['value', 'column', 'columns', 'label', 'symbol', 'section', 'category', 'currency', 'ext', 'positions', 'forex', 'fileName']);

/** The file's own text in a message's params, at any depth (a word param holds params too). */
function fileTexts(params: Record<string, MessageArg> | undefined): string[] {
  return Object.entries(params ?? {}).flatMap(([name, arg]) => {
    if (typeof arg === 'object') return fileTexts(arg.params);
    return FILE_DATA.has(name) && typeof arg === 'string' ? [arg] : [];
  });
}

const zh = translator('zh-CN');
const en = translator('en');
const CJK = /[\u3400-\u9fff]/;
const numbers = (text: string): string[] => (text.match(/\d+/g) ?? []).sort();

/** Everything wrong with one remark or refusal in Chinese, as readable lines. */
function problems(text: ImportText): string[] {
  const english = issueText(text, en);
  const chinese = issueText(text, zh);
  const out: string[] = [];
  if (text.key === undefined) out.push(`no key: “${text.message}”`);
  if (english !== text.message) out.push(`the English rendering “${english}” is not the stored message “${text.message}”`);
  if (!CJK.test(chinese)) out.push(`not in Chinese: “${chinese}”`);
  for (const said of [english, chinese]) if (/\{\w+\}/.test(said)) out.push(`placeholder left unfilled: “${said}”`);
  const bare = fileTexts(text.params).reduce((s, data) => s.split(data).join(' '), chinese);
  const words = untranslatedWords(bare);
  if (words.length > 0) out.push(`English words ${words.join(', ')} in “${chinese}”`);
  if (numbers(english).join() !== numbers(chinese).join()) out.push(`numbers differ: “${english}” / “${chinese}”`);
  const column = columnText(text.column, zh);
  if (text.column?.number !== undefined && !column?.includes(`第 ${text.column.number} 列`)) out.push(`column ${text.column.number} not named: ${column}`);
  return out;
}

/** What is said about a file, independent of the language: a remark's line and column, the refusal. */
const texts = (outcome: ImportOutcome): ImportText[] => (outcome.ok ? outcome.issues : [refusalOf(outcome)]);

describe.each([...own, ...shared])('%s in English and Chinese', (_name, url) => {
  const bytes = new Uint8Array(readFileSync(url));
  const fileName = url.pathname.split('/').pop() ?? 'file.csv';
  const inEnglish = withLanguage('en', () => importHoldings(bytes, { fileName }));
  const inChinese = withLanguage('zh-CN', () => importHoldings(bytes, { fileName }));

  it('is read the same in either language: the same lines, columns, keys, params and English messages', () => {
    expect(inChinese).toEqual(inEnglish);
    const where = (o: ImportOutcome) => (o.ok ? o.issues.map((i) => [i.line, i.column ?? null]) : [o.column ?? null]);
    expect(where(inChinese)).toEqual(where(inEnglish));
  });

  it('says every remark and refusal in Chinese with nothing untranslated but the file’s own text, every placeholder filled, the same numbers', () => {
    const said = texts(inEnglish);
    expect(said.flatMap((text) => problems(text).map((p) => `${text.key ?? '?'}: ${p}`))).toEqual([]);
  });

  it('names the importer’s own check-figure labels in Chinese', () => {
    for (const figure of inEnglish.ok ? inEnglish.checkFigures : []) {
      if (!figure.labelRef) continue;
      expect(refText(figure.labelRef, en)).toBe(figure.label);
      expect(refText(figure.labelRef, zh)).toMatch(CJK);
    }
  });
});

describe('the fixtures say enough to test', () => {
  it('include refusals, errors, warnings and info remarks, some with a column, and the shared fixtures when they are there', () => {
    const all = [...own, ...shared].map(([, url]) => importHoldings(new Uint8Array(readFileSync(url)), { fileName: url.pathname.split('/').pop() ?? '' }));
    const issues = all.flatMap((o) => (o.ok ? o.issues : []));
    expect(all.filter((o) => !o.ok).length).toBeGreaterThanOrEqual(4);
    for (const severity of ['error', 'warning', 'info'] as const) expect(issues.some((i) => i.severity === severity), severity).toBe(true);
    expect(issues.filter((i) => i.column?.name !== undefined && i.column.number !== undefined).length).toBeGreaterThanOrEqual(3);
    if (sharedDir) expect(shared.length).toBeGreaterThan(0);
  });
});
