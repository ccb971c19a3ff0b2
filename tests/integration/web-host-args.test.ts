import { describe, expect, it } from 'vitest';
import { DEFAULT_PORT, parseWebArgs, WebArgsError } from '../../electron/web/web-args';

describe('web host arguments', () => {
  it('defaults to port 5178 and $AFTERSHOCK_DATA_DIR', () => {
    expect(parseWebArgs([], { AFTERSHOCK_DATA_DIR: '/tmp/a' })).toEqual({ port: DEFAULT_PORT, dataDir: '/tmp/a' });
    expect(DEFAULT_PORT).toBe(5178);
  });

  it('reads --port and --data-dir in both spellings', () => {
    expect(parseWebArgs(['--port', '0', '--data-dir', '/tmp/b'], {})).toEqual({ port: 0, dataDir: '/tmp/b' });
    expect(parseWebArgs(['--port=8080', '--data-dir=/tmp/c'], { AFTERSHOCK_DATA_DIR: '/tmp/a' })).toEqual({
      port: 8080,
      dataDir: '/tmp/c',
    });
  });

  it('falls back to the desktop app’s data folder', () => {
    expect(parseWebArgs([], { XDG_CONFIG_HOME: '/tmp/xdg' }).dataDir).toMatch(/aftershock$/);
  });

  it('refuses a bad port, a missing folder and unknown arguments with a sentence', () => {
    for (const argv of [['--port', 'abc'], ['--port', '70000'], ['--port', '-1'], ['--data-dir'], ['--verbose']]) {
      expect(() => parseWebArgs(argv, {}), argv.join(' ')).toThrow(WebArgsError);
    }
  });

  it('takes the engine silence limit from $AFTERSHOCK_ENGINE_SILENCE_SECONDS, and refuses a bad one with its sentence', () => {
    expect(parseWebArgs(['--data-dir', '/tmp/d'], { AFTERSHOCK_ENGINE_SILENCE_SECONDS: '2' })).toEqual({ port: DEFAULT_PORT, dataDir: '/tmp/d', engineSilenceMs: 2000 });
    expect(() => parseWebArgs([], { AFTERSHOCK_ENGINE_SILENCE_SECONDS: '0.5' })).toThrow(
      new WebArgsError('AFTERSHOCK_ENGINE_SILENCE_SECONDS must be a whole number of seconds from 1 to 3600, not “0.5”.'),
    );
  });
});
