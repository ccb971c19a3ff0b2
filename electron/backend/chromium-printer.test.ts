import { describe, expect, it } from 'vitest';
import { chromiumArgs, chromiumPrinter, findChromium } from './chromium-printer';
import { footerTemplate } from './pdf-printer';

describe('finding a Chromium', () => {
  it('takes $AFTERSHOCK_CHROMIUM first, and only when it exists', () => {
    expect(findChromium({ AFTERSHOCK_CHROMIUM: '/opt/chrome' }, (p) => p === '/opt/chrome')).toBe('/opt/chrome');
    expect(findChromium({ AFTERSHOCK_CHROMIUM: '/opt/chrome' }, () => false)).toBeNull();
  });
  it('falls back to a system Chromium, else none', () => {
    expect(findChromium({}, (p) => p === '/usr/bin/chromium-browser')).toBe('/usr/bin/chromium-browser');
    expect(findChromium({}, () => false)).toBeNull();
  });
  it('runs quiet and offline, without the sandbox only as root', () => {
    expect(chromiumArgs(true)[0]).toBe('--no-sandbox');
    expect(chromiumArgs(false)).not.toContain('--no-sandbox');
    expect(chromiumArgs(false)).toEqual(expect.arrayContaining(['--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync']));
  });
  it('fails with a sentence saying how to get one when there is none', async () => {
    const print = chromiumPrinter({ executablePath: () => null });
    await expect(print('<p>x</p>', { paper: 'a4', footerLine: 'x' })).rejects.toThrow(/No Chromium was found.*AFTERSHOCK_CHROMIUM/);
  });
});

describe('the footer template', () => {
  it('carries the escaped disclaimer and Chromium’s page counters', () => {
    const html = footerTemplate('A <model> & not advice');
    expect(html).toContain('A &#60;model&#62; &#38; not advice');
    expect(html).toContain('Page <span class="pageNumber"></span> of <span class="totalPages"></span>');
  });
});
