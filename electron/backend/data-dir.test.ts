import { describe, expect, it } from 'vitest';
import { dataDirFromArgs, defaultDataDir } from './data-dir';

describe('data folder', () => {
  it('takes --data-dir DIR, --data-dir=DIR, then the environment', () => {
    expect(dataDirFromArgs(['portfolio', '--data-dir', '/a'], {})).toBe('/a');
    expect(dataDirFromArgs(['--data-dir=/b'], {})).toBe('/b');
    expect(dataDirFromArgs([], { AFTERSHOCK_DATA_DIR: '/c' })).toBe('/c');
    expect(dataDirFromArgs([], {})).toBeNull();
  });
  it('defaults to the folder Electron uses for userData', () => {
    expect(defaultDataDir('linux', { XDG_CONFIG_HOME: '/x' })).toBe('/x/aftershock');
  });
});
