/** Which URLs the app trusts (its own page, the cited sources), kept free of the 'electron' import so it can be unit-tested. */
export { CONTENT_SECURITY_POLICY } from '../../shared/api/content-security-policy';
import { DEFAULT_SOURCES } from '../../shared/sources/default-sources';

const CITED_URLS = new Set(Object.values(DEFAULT_SOURCES.sources).flatMap((s) => (s.url ? [s.url] : [])));

/** May a click on this link open the user's browser? Only the exact links of the source registry (https), nothing else. */
export const isCitedSourceUrl = (url: string): boolean => CITED_URLS.has(url) && url.startsWith('https://');

/** Is this URL one of the app's own pages (the built renderer file, or the dev server under `npm run dev`)? */
export function isAppUrl(url: string, rendererUrl: string): boolean {
  try {
    const target = new URL(url);
    const own = new URL(rendererUrl);
    if (own.protocol === 'file:') return target.protocol === 'file:' && target.pathname === own.pathname;
    return target.origin === own.origin;
  } catch {
    return false;
  }
}
