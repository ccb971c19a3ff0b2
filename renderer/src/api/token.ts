/** Where the web host's access token is kept, so a reload without `?token=` still works. */
export const TOKEN_STORAGE_KEY = 'aftershock.token';
export const TOKEN_PARAM = 'token';

export type TokenStorage = Pick<Storage, 'getItem' | 'setItem'>;

/** The same URL without the `token` query parameter (other parameters and the hash are kept). */
export function urlWithoutToken(href: string): string {
  const url = new URL(href);
  url.searchParams.delete(TOKEN_PARAM);
  return url.pathname + url.search + url.hash;
}

/**
 * Reads the token from `?token=` on load and keeps it in session storage; the token is then removed
 * from the visible URL (through `replaceUrl`). Without it in the URL, the stored token is used.
 */
export function takeToken(href: string, storage: TokenStorage, replaceUrl: (url: string) => void): string | null {
  const fromUrl = new URL(href).searchParams.get(TOKEN_PARAM);
  if (fromUrl !== null) {
    if (fromUrl !== '') storage.setItem(TOKEN_STORAGE_KEY, fromUrl);
    replaceUrl(urlWithoutToken(href));
    if (fromUrl !== '') return fromUrl;
  }
  const stored = storage.getItem(TOKEN_STORAGE_KEY);
  return stored === null || stored === '' ? null : stored;
}
