import { describe, expect, it } from 'vitest';
import { untranslatedWords } from './ascii-allow-list';
import { CATALOGUE_PARTS, messagesEn } from './messages-en';
import { CATALOGUE_PARTS_ZH, messagesZh } from './messages-zh-cn';

type Catalogue = Readonly<Record<string, string>>;

/** Names of the parts, in the order of CATALOGUE_PARTS (and of CATALOGUE_PARTS_ZH). */
const PART_NAMES = ['app', 'portfolio', 'import', 'scenarios', 'results', 'report', 'cli', 'keyboard', 'charts', 'sources', 'narrative', 'builtins', 'models', 'stress', 'stressUi'] as const;

const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;
/** Half-width punctuation touching a Chinese character: a Chinese sentence takes ，。：；（）！？ instead. */
const HALF_WIDTH_NEXT_TO_CJK = /[\u3400-\u9fff][,.;:()!?]|[,;:()!?][\u3400-\u9fff]/;

const placeholders = (text: string): string[] => [...new Set([...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? ''))].sort();

/** Every way a Chinese catalogue (part) differs from its English one, as readable lines; none means they match. */
function parityProblems(name: string, en: Catalogue, zh: Catalogue): string[] {
  const problems: string[] = [];
  for (const key of Object.keys(en)) if (!Object.hasOwn(zh, key)) problems.push(`${name}: “${key}” is missing in Chinese`);
  for (const key of Object.keys(zh)) if (!Object.hasOwn(en, key)) problems.push(`${name}: “${key}” is in Chinese but not in English`);
  for (const [key, english] of Object.entries(en)) {
    const chinese = zh[key];
    if (chinese === undefined) continue;
    if (chinese.trim() === '') {
      problems.push(`${name}: “${key}” is empty in Chinese`);
      continue;
    }
    const want = placeholders(english).join(', ');
    const got = placeholders(chinese).join(', ');
    if (want !== got) problems.push(`${name}: “${key}” has placeholders {${got}} in Chinese, {${want}} in English`);
    const words = untranslatedWords(chinese);
    if (words.length > 0 && (chinese === english || !CJK.test(chinese))) {
      problems.push(`${name}: “${key}” looks untranslated (${words.join(', ')}): “${chinese}”`);
    }
    const punctuation = HALF_WIDTH_NEXT_TO_CJK.exec(chinese);
    if (punctuation) problems.push(`${name}: “${key}” has half-width punctuation in Chinese text (“${punctuation[0]}”); use ，。：；（）！？`);
  }
  return problems;
}

describe('Simplified Chinese catalogue', () => {
  it('has one Chinese part per English part', () => {
    expect(CATALOGUE_PARTS_ZH.length).toBe(CATALOGUE_PARTS.length);
    expect(PART_NAMES.length).toBe(CATALOGUE_PARTS.length);
  });

  it.each(PART_NAMES.map((name, i) => [name, i] as const))('translates every key of the %s part, with the same placeholders', (name, i) => {
    const en: Catalogue = CATALOGUE_PARTS[i] ?? {};
    const zh: Catalogue = CATALOGUE_PARTS_ZH[i] ?? {};
    expect(parityProblems(name, en, zh)).toEqual([]);
  });

  it('has the same keys overall, none defined twice', () => {
    const en: Catalogue = messagesEn;
    const zh: Catalogue = messagesZh;
    expect(parityProblems('overall', en, zh)).toEqual([]);
    const total = CATALOGUE_PARTS_ZH.reduce<number>((n, part) => n + Object.keys(part).length, 0);
    expect(total).toBe(Object.keys(messagesZh).length);
    expect(Object.keys(messagesZh).length).toBe(Object.keys(messagesEn).length);
  });
});

describe('the parity check itself', () => {
  const en = { 'a.one': 'Hello {name}', 'a.two': 'Two runs', 'a.code': 'Aftershock', 'a.unit': '{value} bp' };
  const zh = { 'a.one': '你好，{name}', 'a.two': '两次运行', 'a.code': 'Aftershock', 'a.unit': '{value} bp' };

  it('passes a faithful translation, codes and units included', () => {
    expect(parityProblems('test', en, zh)).toEqual([]);
  });

  it('fails on a key missing in Chinese', () => {
    const { 'a.two': _dropped, ...missing } = zh;
    expect(parityProblems('test', en, missing)).toEqual(['test: “a.two” is missing in Chinese']);
  });

  it('fails on a key English does not have', () => {
    expect(parityProblems('test', en, { ...zh, 'a.extra': '多余' })).toEqual(['test: “a.extra” is in Chinese but not in English']);
  });

  it('fails on a different placeholder set', () => {
    expect(parityProblems('test', en, { ...zh, 'a.one': '你好，{user}' })).toEqual(['test: “a.one” has placeholders {user} in Chinese, {name} in English']);
  });

  it('fails on an empty value', () => {
    expect(parityProblems('test', en, { ...zh, 'a.two': ' ' })).toEqual(['test: “a.two” is empty in Chinese']);
  });

  it('fails on English left as it is, or ASCII text without any Chinese', () => {
    expect(parityProblems('test', en, { ...zh, 'a.two': 'Two runs' })).toEqual(['test: “a.two” looks untranslated (Two, runs): “Two runs”']);
    expect(parityProblems('test', en, { ...zh, 'a.two': 'Runs: two' })).toEqual(['test: “a.two” looks untranslated (Runs, two): “Runs: two”']);
  });

  it('fails on half-width punctuation in a Chinese sentence', () => {
    expect(parityProblems('test', en, { ...zh, 'a.one': '你好,{name}' })).toEqual([
      'test: “a.one” has half-width punctuation in Chinese text (“好,”); use ，。：；（）！？',
    ]);
  });
});
