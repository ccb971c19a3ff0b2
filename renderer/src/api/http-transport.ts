import { events, EVENT_NAMES, HTTP_PATHS, type ApiEvent, type EventName } from '../../../shared/api/contract';
import type { Transport } from '../../../shared/api/client';
import { translate } from '../i18n/translate';
import { describeError, failure, toEnvelope, transportFailure } from './envelope';

export const TOKEN_HEADER = 'x-aftershock-token';

type EventSourceLike = {
  onmessage: ((message: MessageEvent<string>) => void) | null;
  close: () => void;
};

export type HttpTransportDeps = {
  token: string | null;
  fetch: typeof fetch;
  openEvents: (url: string) => EventSourceLike;
};

/** Parses one server-sent message into an event of the contract, or null when it is not one. */
export function parseEvent(data: string): ApiEvent | null {
  let raw: unknown;
  try {
    raw = JSON.parse(data);
  } catch {
    return null;
  }
  if (typeof raw !== 'object' || raw === null) return null;
  const { name, payload } = raw as { name?: unknown; payload?: unknown };
  if (!EVENT_NAMES.includes(name as EventName)) return null;
  const parsed = events[name as EventName].safeParse(payload);
  return parsed.success ? ({ name, payload: parsed.data } as ApiEvent) : null;
}

/** The web host's transport: calls are POSTs answering an envelope, events come over one EventSource. */
export function createHttpTransport(deps: HttpTransportDeps): Transport {
  const listeners = new Set<(event: ApiEvent) => void>();
  let source: EventSourceLike | null = null;

  const invoke: Transport['invoke'] = async (name, input) => {
    if (deps.token === null) return failure('rejected', translate('error.unauthorized'));
    let response: Response;
    try {
      response = await deps.fetch(HTTP_PATHS.callPrefix + name, {
        method: 'POST',
        headers: { 'content-type': 'application/json', [TOKEN_HEADER]: deps.token },
        body: JSON.stringify(input ?? {}),
      });
    } catch (err) {
      return transportFailure(describeError(err));
    }
    if (response.status === 401) return failure('rejected', translate('error.unauthorized'));
    let body: unknown;
    try {
      body = await response.json();
    } catch {
      return transportFailure(`HTTP ${response.status} ${response.statusText}`.trim());
    }
    return toEnvelope(body);
  };

  const subscribe: Transport['subscribe'] = (listener) => {
    listeners.add(listener);
    if (source === null && deps.token !== null) {
      source = deps.openEvents(`${HTTP_PATHS.events}?token=${encodeURIComponent(deps.token)}`);
      source.onmessage = (message) => {
        const event = parseEvent(message.data);
        if (event) listeners.forEach((l) => l(event));
      };
    }
    return () => {
      listeners.delete(listener);
      if (listeners.size === 0 && source !== null) {
        source.close();
        source = null;
      }
    };
  };

  return { invoke, subscribe };
}
