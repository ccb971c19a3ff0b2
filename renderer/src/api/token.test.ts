import { describe, expect, it } from 'vitest';
import { takeToken, TOKEN_STORAGE_KEY, urlWithoutToken, type TokenStorage } from './token';

const memoryStorage = (initial: Record<string, string> = {}): TokenStorage & { data: Record<string, string> } => {
  const data = { ...initial };
  return {
    data,
    getItem: (key) => data[key] ?? null,
    setItem: (key, value) => {
      data[key] = value;
    },
  };
};

describe('urlWithoutToken', () => {
  it('drops only the token parameter and keeps the rest and the hash', () => {
    expect(urlWithoutToken('http://127.0.0.1:5000/?token=abc')).toBe('/');
    expect(urlWithoutToken('http://127.0.0.1:5000/index.html?a=1&token=abc&b=2#/settings')).toBe('/index.html?a=1&b=2#/settings');
  });
});

describe('takeToken', () => {
  it('reads the token from the URL, keeps it in storage and removes it from the visible URL', () => {
    const storage = memoryStorage();
    const replaced: string[] = [];
    const token = takeToken('http://127.0.0.1:5000/?token=s3cret#/portfolio', storage, (url) => replaced.push(url));
    expect(token).toBe('s3cret');
    expect(storage.data[TOKEN_STORAGE_KEY]).toBe('s3cret');
    expect(replaced).toEqual(['/#/portfolio']);
  });

  it('uses the stored token after a reload without the query', () => {
    const storage = memoryStorage({ [TOKEN_STORAGE_KEY]: 's3cret' });
    const replaced: string[] = [];
    expect(takeToken('http://127.0.0.1:5000/#/settings', storage, (url) => replaced.push(url))).toBe('s3cret');
    expect(replaced).toEqual([]);
  });

  it('prefers a new token in the URL over the stored one', () => {
    const storage = memoryStorage({ [TOKEN_STORAGE_KEY]: 'old' });
    expect(takeToken('http://127.0.0.1:5000/?token=new', storage, () => {})).toBe('new');
    expect(storage.data[TOKEN_STORAGE_KEY]).toBe('new');
  });

  it('decodes an escaped token', () => {
    expect(takeToken('http://127.0.0.1:5000/?token=a%2Bb%3D', memoryStorage(), () => {})).toBe('a+b=');
  });

  it('answers null when there is no token anywhere', () => {
    expect(takeToken('http://127.0.0.1:5000/', memoryStorage(), () => {})).toBeNull();
  });

  it('ignores an empty token parameter but still cleans the URL', () => {
    const storage = memoryStorage({ [TOKEN_STORAGE_KEY]: 'kept' });
    const replaced: string[] = [];
    expect(takeToken('http://127.0.0.1:5000/?token=', storage, (url) => replaced.push(url))).toBe('kept');
    expect(replaced).toEqual(['/']);
  });
});
