import { describe, expect, it } from 'vitest';
import { compactMoney } from './compact-money';

describe('money in short form', () => {
  it('abbreviates where the locale does, and writes whole grouped units where it does not', () => {
    const en = compactMoney('en-US', 'USD');
    const zh = compactMoney('zh-CN', 'USD');
    expect([en(330), en(7246.4), en(1_234_567)]).toEqual(['$330', '$7.2K', '$1.2M']);
    // Chinese abbreviates from 万 (10⁴): below it, whole units with grouping.
    expect([zh(-330), zh(7246.4), zh(12_345)]).toEqual(['-US$330', 'US$7,246', 'US$1.2万']);
  });
});
