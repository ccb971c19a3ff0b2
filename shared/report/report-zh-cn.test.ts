import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Scenario } from '../domain/scenario';
import { untranslatedWords } from '../i18n/ascii-allow-list';
import { withLanguage } from '../i18n/translate';
import { buildReportHtml } from './build-report-html';
import { translatableText } from './html-text';
import { fixtureHoldings, fixtureRun } from './report-fixture';
import { reportFormat } from './report-format';

/**
 * The report in Simplified Chinese: every word the app writes is Chinese. What stays as it is: the book's own data
 * (symbols, names, accounts, the portfolio and file names), text marked translate="no" (sources as cited), codes and
 * units on the allow-list, and hashes.
 */
const builtIn = (id: string) => Scenario.parse(JSON.parse(readFileSync(new URL(`../../resources/scenarios/${id}.json`, import.meta.url), 'utf8')));

describe('the report in Simplified Chinese', () => {
  const holdings = fixtureHoldings();
  const data = new Set(['Fixture', 'book', 'fixture', 'csv', ...holdings.flatMap((h) => `${h.symbol} ${h.name} ${h.account}`.match(/[A-Za-z0-9_]+/g) ?? [])]);
  const english = (html: string) =>
    translatableText(html).flatMap((text) =>
      untranslatedWords(text)
        .filter((w) => !data.has(w) && !/^[0-9a-f]{8,}$/i.test(w))
        .map((w) => `${w} in “${text.slice(0, 100)}”`),
    );

  it('finds an English word outside translate="no", and none inside', () => {
    expect(english('<p>损失 <b>Mean loss</b></p><p translate="no">as cited <i>here</i></p>')).toEqual(['Mean in “Mean loss”', 'loss in “Mean loss”']);
  });

  it('writes every word of a built-in scenario’s report in Chinese, with numbers and dates in the zh-CN locale', () => {
    for (const id of ['ai-capex-bust-no-ease', 'replay-2022-crypto-winter']) {
      // A run id with an all-letter group (bdbb): ids are code, never words to translate.
      const run = fixtureRun({ runId: '0123abcd-bdbb-4000-8000-000000000001', scenario: { ...builtIn(id), run: { paths: 200, seed: 3 } } as Scenario });
      const html = withLanguage('zh-CN', () => buildReportHtml({ runs: [run], paper: 'a4', exportedAt: '2026-02-03T04:05:06.000Z', appName: 'Aftershock' }));
      expect(html).toContain('<html lang="zh-CN">');
      expect(html).toContain('2026年1月2日');
      expect(english(html), id).toEqual([]);
    }
  });

  it('abbreviates amounts the Chinese way: 万 from ten thousand, whole numbers below', () => {
    const zh = reportFormat('USD', 'zh-CN');
    // 7,246.4 is under 1万: printed whole, never “US$7246.4”; 12,345 = 1.2345万 → “US$1.2万”.
    expect([zh.moneyCompact(7246.4), zh.moneyCompact(12_345), zh.moneyCompact(-330)]).toEqual(['US$7,246', 'US$1.2万', '-US$330']);
    expect(reportFormat('USD', 'en-US').moneyCompact(7246.4)).toBe('$7.2K');
  });

  it('compares two runs in Chinese too', () => {
    const runs = ['ai-capex-bust-ease', 'ai-capex-bust-no-ease'].map((id, i) =>
      fixtureRun({ runId: `0123abcd-0000-4000-8000-00000000000${i}`, scenario: { ...builtIn(id), run: { paths: 200, seed: 3 } } as Scenario }),
    );
    const html = withLanguage('zh-CN', () => buildReportHtml({ runs, paper: 'a4', exportedAt: '2026-02-03T04:05:06.000Z', appName: 'Aftershock' }));
    expect(english(html)).toEqual([]);
  });
});
