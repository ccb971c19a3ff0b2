import { CALL_NAMES, type Api, type ApiEvent, type CallName } from './contract';
import type { ApiError, Envelope } from './define';

/** How a client reaches the back end: Electron IPC through the preload, or HTTP + SSE on the web host. */
export type Transport = {
  invoke: (name: CallName, input: unknown) => Promise<Envelope<unknown>>;
  subscribe: (listener: (event: ApiEvent) => void) => () => void;
};

export class ApiCallError extends Error {
  constructor(readonly error: ApiError) {
    super(error.message);
    this.name = 'ApiCallError';
  }
}

export type ApiClient = Api & { subscribe: Transport['subscribe'] };

/** Builds the typed client: one function per call name of the contract. */
export function createApiClient(transport: Transport): ApiClient {
  const entries = CALL_NAMES.map((name) => [
    name,
    async (input: unknown) => {
      const envelope = await transport.invoke(name, input);
      if (!envelope.ok) throw new ApiCallError(envelope.error);
      return envelope.value;
    },
  ]);
  return { ...(Object.fromEntries(entries) as Api), subscribe: transport.subscribe };
}
