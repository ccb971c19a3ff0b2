import type { PreloadBridge } from '../../../shared/api/bridge';
import type { Transport } from '../../../shared/api/client';
import { describeError, toEnvelope, transportFailure } from './envelope';

/** True when the value has the shape the preload exposes. */
export function isPreloadBridge(value: unknown): value is PreloadBridge {
  if (typeof value !== 'object' || value === null) return false;
  const { calls, onEvent } = value as { calls?: unknown; onEvent?: unknown };
  return typeof calls === 'object' && calls !== null && typeof onEvent === 'function';
}

/** The desktop transport: every call goes through the preload's bridge function of the same name. */
export function createIpcTransport(bridge: PreloadBridge): Transport {
  return {
    invoke: async (name, input) => {
      const call = bridge.calls[name];
      if (typeof call !== 'function') return transportFailure(name);
      try {
        return toEnvelope(await call(input ?? {}));
      } catch (err) {
        return transportFailure(describeError(err));
      }
    },
    subscribe: (listener) => bridge.onEvent(listener),
  };
}
