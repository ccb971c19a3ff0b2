import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { APIRequestContext, Page } from '@playwright/test';
import { untranslatedWords } from '../../shared/i18n/ascii-allow-list';
import { translatableText } from '../../shared/report/html-text';
import { expect, test, type RunningWebHost } from './web-host-fixture';

/**
 * The whole product in Simplified Chinese: switching in Settings changes the open screen at once and survives a
 * reload, and no screen shows an English word — any run of 3+ ASCII letters outside the allow-list of codes and units,
 * the book's own data (symbols, names, accounts, file names) and text marked translate="no" (sources as cited).
 */

async function api(request: APIRequestContext, host: RunningWebHost) {
  const headers = { 'x-aftershock-token': new URL(host.url).searchParams.get('token') ?? '' };
  return async <T>(name: string, data: object = {}): Promise<T> => {
    const response = await request.post(`${host.origin}/api/call/${name}`, { headers, data });
    const envelope = (await response.json()) as { ok: boolean; value?: T; error?: { message: string } };
    if (!envelope.ok) throw new Error(envelope.error?.message);
    return envelope.value as T;
  };
}

/** Every visible text of the page, with where it is: text nodes, placeholders, titles and accessible labels. */
async function visibleTexts(page: Page): Promise<{ text: string; where: string }[]> {
  return page.evaluate(() => {
    const out: { text: string; where: string }[] = [];
    const skip = (el: Element | null) => !el || el.closest('[translate="no"], script, style, code, noscript, [hidden]') !== null;
    const shown = (el: Element) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden';
    const name = (el: Element) => `${el.tagName.toLowerCase()}${el.getAttribute('data-testid') ? `[${el.getAttribute('data-testid')}]` : ''}`;
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const el = node.parentElement;
      const text = node.textContent?.trim() ?? '';
      if (!text || !el || skip(el) || !shown(el)) continue;
      out.push({ text, where: name(el) });
    }
    for (const el of document.querySelectorAll('[placeholder], [title], [aria-label]')) {
      if (skip(el)) continue;
      for (const attr of ['placeholder', 'title', 'aria-label']) {
        const text = el.getAttribute(attr);
        if (text) out.push({ text, where: `${name(el)}@${attr}` });
      }
    }
    for (const option of document.querySelectorAll('option')) if (!skip(option)) out.push({ text: option.textContent ?? '', where: 'option' });
    return out;
  });
}

const HEX = /^[0-9a-f]{6,}$/i;
const root = fileURLToPath(new URL('../..', import.meta.url));

async function expectNoEnglish(page: Page, screen: string, data: ReadonlySet<string>): Promise<void> {
  const bad = (await visibleTexts(page)).flatMap(({ text, where }) => {
    const words = untranslatedWords(text).filter((w) => !data.has(w) && !HEX.test(w));
    return words.length > 0 ? [`${where}: “${text.slice(0, 120)}” (${words.join(', ')})`] : [];
  });
  expect(bad, `English on the ${screen} screen`).toEqual([]);
}

const NAV = ['投资组合', '情景', '结果', '对比', '报告', '设置'] as const;
const go = async (page: Page, index: number) => {
  await page.getByRole('navigation').getByRole('link', { name: NAV[index], exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(NAV[index]!);
};

test.describe('简体中文', () => {
  test.describe.configure({ timeout: 240_000 });

  test('switches at once, survives a reload, and leaves no English word on any screen', async ({ page, webHost, request, pageProblems }) => {
    // The report preview is sandboxed without scripts: Playwright's own probes into the frame are refused, as they should be.
    pageProblems.allowConsoleError(/Blocked script execution in 'about:srcdoc' because the document's frame is sandboxed/);
    const call = await api(request, webHost);
    // Two saved runs, so Results, Compare and Report have something to show.
    for (const [scenarioId, seed] of [['ai-capex-bust-ease', 1], ['ai-capex-bust-no-ease', 2]] as const) {
      const before = (await call<unknown[]>('runs.list')).length;
      await call('runs.start', { scenarioId, paths: 1000, seed });
      await expect.poll(async () => (await call<unknown[]>('runs.list')).length, { timeout: 60_000 }).toBe(before + 1);
    }
    // The book's own words are data, not the app's: symbols, names, accounts, the file and portfolio names.
    const list = await call<{ currentId: string }>('portfolios.list');
    const view = await call<{ portfolio: { name: string; source: { fileName: string }; holdings: { symbol: string; name: string; account: string }[] } }>('portfolios.get', { id: list.currentId });
    const p = view.portfolio;
    const data = new Set([p.name, p.source.fileName, ...p.holdings.flatMap((h) => [h.symbol, h.name, h.account])].flatMap((s) => s.match(/[A-Za-z0-9_]+/g) ?? []));

    await page.goto(webHost.url);
    await expect(page.getByTestId('holding-row').first()).toBeVisible();
    await page.getByRole('navigation').getByRole('link', { name: 'Settings', exact: true }).click();
    await page.getByTestId('settings-language').selectOption('zh-CN');
    // At once: this screen and the navigation are in Chinese, without a reload.
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('设置');
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    await expectNoEnglish(page, 'Settings', data);
    await page.reload();
    await expect(page.getByRole('navigation').getByRole('link', { name: '投资组合', exact: true })).toBeVisible();

    await go(page, 0);
    await expect(page.getByTestId('holding-row').first()).toBeVisible();
    await expectNoEnglish(page, 'Portfolio', data);

    // An import with problems: the preview and its problem list in Chinese; the file's own words (headers, cells) are data.
    for (const file of ['not-ok/bad-rows.csv', 'extra/mismatch-name-transactions.csv']) {
      const path = join(root, 'tests', 'fixtures', 'import', file);
      const fileWords = new Set([...data, ...(file.match(/[A-Za-z0-9_]+/g) ?? []), ...(readFileSync(path, 'utf8').match(/[A-Za-z0-9_]+/g) ?? [])]);
      const chooser = page.waitForEvent('filechooser');
      await page.getByTestId('import-button').click();
      await (await chooser).setFiles(path);
      await expect(page.getByRole('dialog')).toBeVisible();
      await expect(page.getByTestId('import-issue').first()).toBeVisible();
      await expectNoEnglish(page, `import preview of ${file}`, fileWords);
      await page.keyboard.press('Escape');
      await expect(page.getByRole('dialog')).toBeHidden();
    }

    await go(page, 1);
    await page.getByTestId('scenario-item').first().click();
    await expect(page.getByTestId('scenario-editor')).toBeVisible();
    await expectNoEnglish(page, 'Scenarios', data);
    // The reverse stress test's tab with an answer: its shock table, loss by exposure and plausibility in Chinese.
    await page.getByRole('tab', { name: '反向压力测试' }).click();
    await page.getByTestId('reverse-solve').click();
    await expect(page.getByTestId('reverse-loss')).toBeVisible({ timeout: 30_000 });
    await expectNoEnglish(page, 'Scenarios › Reverse', data);

    await go(page, 2);
    await expect(page.getByTestId('run-results')).toBeVisible({ timeout: 30_000 });
    for (const details of await page.locator('details').all()) await details.evaluate((d) => d.setAttribute('open', ''));
    await page.getByTestId('holding-reason-toggle').first().click();
    await expectNoEnglish(page, 'Results', data);

    await go(page, 3);
    for (const box of (await page.getByRole('checkbox').all()).slice(0, 2)) await box.check();
    await expect(page.getByTestId('compare-results')).toBeVisible();
    await expectNoEnglish(page, 'Compare', data);

    await go(page, 4);
    await expect(page.getByTestId('report-preview')).toHaveAttribute('srcdoc', /压力测试/, { timeout: 30_000 });
    await expectNoEnglish(page, 'Report', data);
    // The report itself, as it will print: its words, not its cited sources. Read from the sandboxed frame's document
    // (no script may run in it, Playwright's neither).
    const html = (await page.getByTestId('report-preview').getAttribute('srcdoc')) ?? '';
    expect(html).toContain('<html lang="zh-CN">');
    const english = translatableText(html).flatMap((text) => untranslatedWords(text).filter((w) => !data.has(w) && !HEX.test(w)).map((w) => `${w} in “${text.slice(0, 100)}”`));
    expect(english, 'English in the report').toEqual([]);
  });
});
