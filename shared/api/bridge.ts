import type { ApiEvent, CallName } from './contract';
import type { Envelope } from './define';

/** The global name the preload exposes the bridge under. */
export const BRIDGE_KEY = 'aftershock';

/** Exactly what the preload exposes: one function per call of the contract, and event subscription. */
export type PreloadBridge = {
  calls: { [N in CallName]: (input: unknown) => Promise<Envelope<unknown>> };
  onEvent: (listener: (event: ApiEvent) => void) => () => void;
};
