import { beforeAll, describe, expect, it, vi } from 'vitest';
import { CALL_NAMES, IPC_CHANNELS } from '../../shared/api/contract';

const exposed: Record<string, unknown> = {};
const invoke = vi.fn(async () => ({ ok: true, value: null }));

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, value: unknown) => (exposed[key] = value) },
  ipcRenderer: { invoke, on: vi.fn(), removeListener: vi.fn() },
}));

describe('preload bridge', () => {
  beforeAll(async () => {
    await import('./index');
  });

  it('exposes one global with exactly the contract’s calls and event subscription', () => {
    expect(Object.keys(exposed)).toEqual(['aftershock']);
    const bridge = exposed.aftershock as { calls: Record<string, unknown>; onEvent: unknown };
    expect(Object.keys(bridge).sort()).toEqual(['calls', 'onEvent']);
    expect(Object.keys(bridge.calls).sort()).toEqual([...CALL_NAMES].sort());
  });

  it('sends every call over the one channel with its name', async () => {
    const bridge = exposed.aftershock as { calls: Record<string, (i: unknown) => Promise<unknown>> };
    await bridge.calls['portfolios.get']?.({ id: 'x' });
    expect(invoke).toHaveBeenCalledWith(IPC_CHANNELS.call, 'portfolios.get', { id: 'x' });
  });
});
