import { describe, expect, it } from 'vitest';
import { createApiClient, ApiCallError } from '../../../shared/api/client';
import { HTTP_PATHS, type ApiEvent } from '../../../shared/api/contract';
import { messagesEn } from '../../../shared/i18n/messages-en';
import { createHttpTransport, parseEvent, TOKEN_HEADER } from './http-transport';

type Recorded = { url: string; init: RequestInit | undefined };

const fakeFetch = (respond: (url: string) => Response | Promise<Response>) => {
  const calls: Recorded[] = [];
  const fetchFn = (async (url: RequestInfo | URL, init?: RequestInit) => {
    calls.push({ url: String(url), init });
    return respond(String(url));
  }) as typeof fetch;
  return { calls, fetchFn };
};

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

class FakeEventSource {
  static opened: FakeEventSource[] = [];
  onmessage: ((message: MessageEvent<string>) => void) | null = null;
  closed = false;
  constructor(readonly url: string) {
    FakeEventSource.opened.push(this);
  }
  close() {
    this.closed = true;
  }
  emit(data: string) {
    this.onmessage?.({ data } as MessageEvent<string>);
  }
}

const openEvents = (url: string) => new FakeEventSource(url);

describe('HTTP transport', () => {
  it('POSTs the input as JSON with the token header to the call path', async () => {
    const { calls, fetchFn } = fakeFetch(() => json({ ok: true, value: { currentId: null, portfolios: [] } }));
    const api = createApiClient(createHttpTransport({ token: 'tok', fetch: fetchFn, openEvents }));
    await expect(api['portfolios.list']({})).resolves.toEqual({ currentId: null, portfolios: [] });
    expect(calls).toHaveLength(1);
    expect(calls[0]?.url).toBe(`${HTTP_PATHS.callPrefix}portfolios.list`);
    expect(calls[0]?.init?.method).toBe('POST');
    expect(new Headers(calls[0]?.init?.headers).get(TOKEN_HEADER)).toBe('tok');
    expect(new Headers(calls[0]?.init?.headers).get('content-type')).toBe('application/json');
    expect(calls[0]?.init?.body).toBe('{}');
  });

  it('turns a failure envelope into an ApiCallError with the back end’s message', async () => {
    const { fetchFn } = fakeFetch(() => json({ ok: false, error: { code: 'not_found', message: 'No such book.' } }, 404));
    const api = createApiClient(createHttpTransport({ token: 'tok', fetch: fetchFn, openEvents }));
    const err = await api['portfolios.get']({ id: 'x' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ApiCallError);
    expect((err as ApiCallError).message).toBe('No such book.');
  });

  it('answers 401 with the catalogue’s unauthorized sentence', async () => {
    const { fetchFn } = fakeFetch(() => new Response('nope', { status: 401 }));
    const api = createApiClient(createHttpTransport({ token: 'wrong', fetch: fetchFn, openEvents }));
    await expect(api['app.info']({})).rejects.toThrow(messagesEn['error.unauthorized']);
  });

  it('does not call the back end at all without a token', async () => {
    const { calls, fetchFn } = fakeFetch(() => json({ ok: true, value: {} }));
    const api = createApiClient(createHttpTransport({ token: null, fetch: fetchFn, openEvents }));
    await expect(api['app.info']({})).rejects.toThrow(messagesEn['error.unauthorized']);
    expect(calls).toHaveLength(0);
  });

  it('reports an unreachable back end or a body that is not an envelope as a transport error', async () => {
    const down = fakeFetch(() => Promise.reject(new TypeError('Failed to fetch')));
    const api = createApiClient(createHttpTransport({ token: 't', fetch: down.fetchFn, openEvents }));
    await expect(api['app.info']({})).rejects.toThrow('The back end could not be reached (Failed to fetch).');

    const html = fakeFetch(() => new Response('<html>', { status: 502, statusText: 'Bad Gateway' }));
    const api2 = createApiClient(createHttpTransport({ token: 't', fetch: html.fetchFn, openEvents }));
    await expect(api2['app.info']({})).rejects.toThrow('HTTP 502 Bad Gateway');

    const odd = fakeFetch(() => json({ hello: 1 }));
    const api3 = createApiClient(createHttpTransport({ token: 't', fetch: odd.fetchFn, openEvents }));
    await expect(api3['app.info']({})).rejects.toThrow(/could not be reached/);
  });

  it('opens one EventSource with the token for all listeners and closes it after the last', () => {
    FakeEventSource.opened = [];
    const { fetchFn } = fakeFetch(() => json({}));
    const transport = createHttpTransport({ token: 'a b', fetch: fetchFn, openEvents });
    const seenA: ApiEvent[] = [];
    const seenB: ApiEvent[] = [];
    const offA = transport.subscribe((e) => seenA.push(e));
    const offB = transport.subscribe((e) => seenB.push(e));
    expect(FakeEventSource.opened).toHaveLength(1);
    const source = FakeEventSource.opened[0]!;
    expect(source.url).toBe(`${HTTP_PATHS.events}?token=a%20b`);
    source.emit(JSON.stringify({ name: 'runs.progress', payload: { runId: 'r', pathsDone: 1, pathsTotal: 2 } }));
    source.emit('not json');
    expect(seenA).toHaveLength(1);
    expect(seenB).toHaveLength(1);
    offA();
    expect(source.closed).toBe(false);
    offB();
    expect(source.closed).toBe(true);
  });
});

describe('parseEvent', () => {
  it('accepts only events of the contract with a valid payload', () => {
    expect(parseEvent(JSON.stringify({ name: 'runs.finished', payload: { runId: 'r', status: 'done' } }))).toEqual({
      name: 'runs.finished',
      payload: { runId: 'r', status: 'done' },
    });
    expect(parseEvent(JSON.stringify({ name: 'runs.finished', payload: { runId: 'r', status: 'maybe' } }))).toBeNull();
    expect(parseEvent(JSON.stringify({ name: 'runs.finished', payload: { runId: 3 } }))).toBeNull();
    expect(parseEvent(JSON.stringify({ name: 'unknown', payload: {} }))).toBeNull();
    expect(parseEvent('null')).toBeNull();
    expect(parseEvent('{')).toBeNull();
  });
});
