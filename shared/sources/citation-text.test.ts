import { describe, expect, it } from 'vitest';
import { withLanguage } from '../i18n/translate';
import { citationText, compactCitation, shortQuote, statementText } from './citation-text';
import { resolveId, resolveLine } from './citations';
import { DEFAULT_SOURCES } from './default-sources';

const cite = (id: string) => resolveId(id, DEFAULT_SOURCES);

describe('citations in words', () => {
  it('gives publication, date, the quoted figure, notes and the link — never a file or line', () => {
    expect(citationText(cite('ust10y-2022'), 'en-US')).toBe(
      'FRED series DGS10, 2022: “US 10-year Treasury yield 1.51 % (31 Dec 2021) → 3.88 % (30 Dec 2022), +237 bp, peak 4.24 % (24 Oct 2022)”',
    );
    // No publication named: the link's site stands in; none at all: said so.
    expect(citationText(cite('nvda-2022'), 'en-US')).toMatch(/^tw\.news\.yahoo\.com, 2022: “NVDA 2022: .*” https:\/\/tw\.news\.yahoo\.com\//);
    expect(citationText(cite('nasdaq-2021-22'), 'en-US')).toMatch(/^publication not recorded, 2021–22: “Nasdaq 2021–22/);
    expect(citationText(cite('gpu-resale'), 'en-US')).toContain('(secondary source)');
    // Through a commentary: which one, with its author and date.
    expect(citationText(cite('bis-aer-2026'), 'en-US')).toContain('(as cited in market commentary “观点:AI 泡沫破裂,比特币等风险资产才是最先被冲击的”, by CryptoSlate, marsbit, Jun 30, 2026, in Chinese)');
    expect(citationText(cite('seed-002'), 'en-US')).toBe(`market commentary on AI-infrastructure debt, undated, in Chinese: ${DEFAULT_SOURCES.commentaries['seed-002']!.about}`);
    expect(citationText(cite('no-such-id'), 'en-US')).toBe('unknown source “no-such-id”: it is not in the list of sources');
    expect(citationText(cite('sqrt-impact'), 'en-US')).not.toContain('`');
  });

  it('says what a statement assumes', () => {
    expect(statementText(resolveLine({ text: 'HY +400 bp', cite: ['hy-oas-2020'], assumption: 'half of it' }, DEFAULT_SOURCES))).toBe(
      'HY +400 bp. Assumption — no published figure: half of it.',
    );
    expect(statementText(resolveLine({ text: 'Horizon 52 weeks', assumption: true }, DEFAULT_SOURCES))).toBe('Horizon 52 weeks. Assumption — no published figure.');
    expect(statementText(resolveLine('free text', DEFAULT_SOURCES))).toBe('free text');
  });

  it('shortens a citation for a table cell', () => {
    expect(shortQuote('a'.repeat(10))).toBe('a'.repeat(10));
    // Cut at the last word boundary within 60 characters.
    expect(shortQuote('NVDA 2022: market cap $834 bn peak → $359 bn at end-2022 (−57 %)')).toBe('NVDA 2022: market cap $834 bn peak → $359 bn at end-2022…');
    // Publication and date where the registry has them; either alone; neither: the quote alone.
    expect(compactCitation(cite('tcpc-2026'), 'en-US')).toBe('8-K, Jan 2026: “BlackRock TCPC NAV −19 % ($8.71 → ~$7.07, Jan 2026 8-K)”');
    expect(compactCitation(cite('adv-participation'), 'en-US')).toBe('GSAM: “15 % of ADV participation”');
    expect(compactCitation(cite('hy-oas-2020'), 'en-US')).toBe('23 Mar 2020: “US HY OAS: ~360 bp (31 Dec 2019) → 1,087 bp (23 Mar 2020)…”');
    expect(compactCitation(cite('gpu-resale'), 'en-US')).toBe('“used H100 ~$15–28 k vs > $40 k peak; A100 $4–18 k” (secondary source)');
    expect(compactCitation(cite('seed-000'), 'en-US')).toBe('market commentary “观点:AI 泡沫破裂,比特币等风险资产才是最先被冲击的”, by CryptoSlate, marsbit, Jun 30, 2026, in Chinese');
  });

  it('separates a commentary’s details in Chinese too (Intl’s unit lists join them with nothing)', () => {
    expect(withLanguage('zh-CN', () => compactCitation(cite('seed-000'), 'zh-CN'))).toContain('作者 CryptoSlate，marsbit，2026年6月30日，中文');
  });
});
