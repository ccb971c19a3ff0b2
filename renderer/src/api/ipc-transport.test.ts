import { describe, expect, it } from 'vitest';
import type { PreloadBridge } from '../../../shared/api/bridge';
import { createApiClient } from '../../../shared/api/client';
import { CALL_NAMES, type ApiEvent } from '../../../shared/api/contract';
import type { Envelope } from '../../../shared/api/define';
import { createIpcTransport, isPreloadBridge } from './ipc-transport';

const bridgeAnswering = (answer: (name: string, input: unknown) => Promise<Envelope<unknown>>) => {
  const listeners = new Set<(e: ApiEvent) => void>();
  const calls = Object.fromEntries(CALL_NAMES.map((name) => [name, (input: unknown) => answer(name, input)]));
  const bridge = {
    calls: calls as PreloadBridge['calls'],
    onEvent: (l: (e: ApiEvent) => void) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
  } satisfies PreloadBridge;
  return { bridge, listeners };
};

describe('IPC transport', () => {
  it('calls the bridge function of the same name with the input', async () => {
    const seen: [string, unknown][] = [];
    const { bridge } = bridgeAnswering(async (name, input) => {
      seen.push([name, input]);
      return { ok: true, value: { id: 'p' } };
    });
    const api = createApiClient(createIpcTransport(bridge));
    await expect(api['portfolios.select']({ id: 'p' })).resolves.toEqual({ id: 'p' });
    expect(seen).toEqual([['portfolios.select', { id: 'p' }]]);
  });

  it('shows a rejected IPC call as a transport error, and a failure envelope as its message', async () => {
    const broken = createApiClient(createIpcTransport(bridgeAnswering(() => Promise.reject(new Error('gone'))).bridge));
    await expect(broken['app.info']({})).rejects.toThrow('The back end could not be reached (gone).');
    const failing = createApiClient(
      createIpcTransport(bridgeAnswering(async () => ({ ok: false, error: { code: 'rejected', message: 'No.' } })).bridge),
    );
    await expect(failing['app.info']({})).rejects.toThrow('No.');
  });

  it('subscribes through the bridge', () => {
    const { bridge, listeners } = bridgeAnswering(async () => ({ ok: true, value: null }));
    const off = createIpcTransport(bridge).subscribe(() => {});
    expect(listeners.size).toBe(1);
    off();
    expect(listeners.size).toBe(0);
  });

  it('recognises the bridge shape', () => {
    expect(isPreloadBridge(bridgeAnswering(async () => ({ ok: true, value: 1 })).bridge)).toBe(true);
    expect(isPreloadBridge(undefined)).toBe(false);
    expect(isPreloadBridge({ calls: {} })).toBe(false);
  });
});
