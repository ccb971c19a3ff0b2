import { describe, expect, it } from 'vitest';
import { engineSilenceMs } from './engine-silence';

describe('AFTERSHOCK_ENGINE_SILENCE_SECONDS', () => {
  it('is whole seconds from 1 to 3600, in ms; unset or empty leaves the default', () => {
    expect(engineSilenceMs({ AFTERSHOCK_ENGINE_SILENCE_SECONDS: '2' })).toBe(2000);
    expect(engineSilenceMs({ AFTERSHOCK_ENGINE_SILENCE_SECONDS: ' 3600 ' })).toBe(3_600_000);
    expect(engineSilenceMs({})).toBeUndefined();
    expect(engineSilenceMs({ AFTERSHOCK_ENGINE_SILENCE_SECONDS: '' })).toBeUndefined();
  });

  it('refuses anything else with a sentence naming the variable and the value', () => {
    for (const value of ['0', '1.5', '-3', '3601', 'soon']) {
      expect(() => engineSilenceMs({ AFTERSHOCK_ENGINE_SILENCE_SECONDS: value }), value).toThrow(
        `AFTERSHOCK_ENGINE_SILENCE_SECONDS must be a whole number of seconds from 1 to 3600, not “${value}”.`,
      );
    }
  });
});
