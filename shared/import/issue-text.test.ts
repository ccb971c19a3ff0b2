import { describe, expect, it } from 'vitest';
import { ImportIssue, Portfolio } from '../domain/portfolio';
import { translator, withLanguage } from '../i18n/translate';
import { blendProblem, importText } from './import-messages';
import { columnText, issueText, refusalOf } from './issue-text';

const zh = translator('zh-CN');

describe('issueText', () => {
  it('says an issue saved before issues had keys by its stored message, in any language, and the schema still reads it', () => {
    const old = { line: 3, severity: 'error', message: 'The quantity "abc" is not a number; the row was not imported.', value: 'abc' };
    const parsed = ImportIssue.parse(old);
    expect(parsed).toEqual(old);
    expect(withLanguage('zh-CN', () => issueText(parsed))).toBe(old.message);
    expect(issueText(parsed, zh)).toBe(old.message);
    // A whole saved portfolio of that age parses too.
    const saved = { id: 'p1', name: 'Old', source: { fileName: 'a.csv', format: 'generic', importedAt: '2025-01-01T00:00:00Z' }, holdings: [], fileFx: null, issues: [old], updatedAt: '2025-01-01T00:00:00Z' };
    expect(Portfolio.safeParse(saved).success).toBe(true);
  });

  it('says a key this version does not know (saved by a newer one) by its message', () => {
    expect(issueText({ message: 'Something new.', key: 'import.msg.fromTheFuture', params: { value: 'x' } }, zh)).toBe('Something new.');
  });

  it('says a keyed issue in the reader’s language, its word params too, the file’s value as it is', () => {
    const said = importText('badExposure', { value: 'ai_equity:0.7', problem: blendProblem('sum') });
    expect(said.message).toBe('The exposure "ai_equity:0.7" is not a valid tag or blend (the weights do not add up to 1); the tag was decided by the rules instead.');
    expect(issueText(said)).toBe(said.message);
    expect(issueText(said, zh)).toBe('敞口“ai_equity:0.7”不是有效的标签或混合（权重之和不等于 1）；已改由规则确定标签。');
    expect(withLanguage('zh-CN', () => issueText(said))).toBe(issueText(said, zh));
  });

  it('says a refusal the same way, from its reason, key and params', () => {
    const refusal = { ok: false as const, reason: 'The file is empty.', key: 'import.msg.empty', columns: [] };
    expect(issueText(refusalOf(refusal), zh)).toBe('文件为空。');
    expect(issueText(refusalOf({ reason: 'Old refusal.' }), zh)).toBe('Old refusal.');
  });
});

describe('columnText', () => {
  it('names the column by number and header, by one of them, or not at all', () => {
    expect(columnText({ name: 'Qty', number: 2 })).toBe('column 2 (Qty)');
    expect(columnText({ name: 'Qty', number: 2 }, zh)).toBe('第 2 列（Qty）');
    expect(columnText({ name: 'Anzahl' }, zh)).toBe('“Anzahl”列');
    expect(columnText({ number: 5 })).toBe('column 5');
    expect(columnText({ name: '  ' })).toBeNull();
    expect(columnText(undefined)).toBeNull();
  });
});
