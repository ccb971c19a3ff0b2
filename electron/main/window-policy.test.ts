import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, isAppUrl, isCitedSourceUrl } from './window-policy';

describe('window policy', () => {
  it('accepts IPC only from the app’s own page', () => {
    const own = 'file:///opt/app/out/renderer/index.html';
    expect(isAppUrl('file:///opt/app/out/renderer/index.html#/settings', own)).toBe(true);
    expect(isAppUrl('file:///tmp/evil.html', own)).toBe(false);
    expect(isAppUrl('https://example.com/', own)).toBe(false);
    expect(isAppUrl('http://localhost:5173/x', 'http://localhost:5173/')).toBe(true);
    expect(isAppUrl('http://localhost:5174/', 'http://localhost:5173/')).toBe(false);
    expect(isAppUrl('not a url', own)).toBe(false);
  });
});

describe('links out', () => {
  it('opens only the exact links of the source registry in the browser', () => {
    expect(isCitedSourceUrl('https://www.bis.org/publ/arpdf/ar2026e1.htm')).toBe(true);
    expect(isCitedSourceUrl('https://www.bis.org/publ/arpdf/ar2026e1.htm?x=1')).toBe(false);
    expect(isCitedSourceUrl('https://example.com/')).toBe(false);
    expect(isCitedSourceUrl('file:///etc/passwd')).toBe(false);
    expect(isCitedSourceUrl('javascript:alert(1)')).toBe(false);
  });
});

describe('the renderer page', () => {
  it('declares the same CSP in its meta tag as the hosts send', async () => {
    const { readFileSync } = await import('node:fs');
    const html = readFileSync(new URL('../../renderer/index.html', import.meta.url), 'utf8');
    expect(html).toContain(`content="${CONTENT_SECURITY_POLICY}"`);
  });
});
