import { describe, expect, it } from 'vitest';
import { displayWidth, maxWidth, padEndWidth, padStartWidth } from './display-width';

describe('displayWidth', () => {
  it('counts ASCII one column a character', () => {
    expect(displayWidth('')).toBe(0);
    expect(displayWidth('NVDA')).toBe(4);
    expect(displayWidth('$238,600.33')).toBe(11);
  });

  it('counts CJK ideographs, kana and Hangul two columns', () => {
    expect(displayWidth('市值')).toBe(4);
    expect(displayWidth('追加保证金')).toBe(10);
    expect(displayWidth('カナ')).toBe(4);
    expect(displayWidth('ひら')).toBe(4);
    expect(displayWidth('한국')).toBe(4);
    expect(displayWidth('𠀀')).toBe(2); // a supplementary-plane ideograph: two UTF-16 units, two columns
  });

  it('counts mixed text column by column', () => {
    expect(displayWidth('AI 股票 50%')).toBe(3 + 4 + 4);
    expect(displayWidth('风险价值 VaR 95 %')).toBe(8 + 1 + 3 + 5);
    expect(displayWidth('US$1,234')).toBe(8);
  });

  it('counts full-width punctuation two columns, and the ideographic space', () => {
    expect(displayWidth('（USD）')).toBe(2 + 3 + 2);
    expect(displayWidth('，。：；！？')).toBe(12);
    expect(displayWidth('“”')).toBe(2); // curly quotes are ambiguous width: one column in a Western terminal
    expect(displayWidth('\u3000')).toBe(2);
    expect(displayWidth('￥')).toBe(2);
  });

  it('counts combining marks and zero-width characters as nothing', () => {
    expect(displayWidth('e\u0301')).toBe(1);
    expect(displayWidth('a\u200bb')).toBe(2);
    expect('e\u0301'.length).toBe(2);
  });
});

describe('padEndWidth / padStartWidth', () => {
  it('pads to a width in columns, not in UTF-16 units', () => {
    expect(padEndWidth('市值', 6)).toBe('市值  ');
    expect(padStartWidth('市值', 6)).toBe('  市值');
    expect(padEndWidth('ab', 4)).toBe('ab  ');
    expect(displayWidth(padEndWidth('敞口', 10))).toBe(displayWidth(padEndWidth('Exposure', 10)));
  });

  it('leaves text at or beyond the width as it is', () => {
    expect(padEndWidth('追加保证金', 4)).toBe('追加保证金');
    expect(padStartWidth('abc', 3)).toBe('abc');
  });

  it('finds the widest text', () => {
    expect(maxWidth([])).toBe(0);
    expect(maxWidth(['Symbol', '代码', '融资借款'])).toBe(8);
  });
});
