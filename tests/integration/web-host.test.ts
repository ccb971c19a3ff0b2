import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { ApiEvent } from '../../shared/api';
import { openEventStream } from '../../electron/web/event-stream';
import { startWebHost, type WebHost } from '../../electron/web/web-server';
import { MAX_BODY_BYTES } from '../../electron/web/http-io';

const appRoot = fileURLToPath(new URL('../..', import.meta.url));

type Reply = { status: number; headers: Record<string, string | string[] | undefined>; body: string };

/** node:http rather than fetch: fetch would normalise `..` away and refuses to set Host. */
function send(
  host: WebHost,
  path: string,
  options: { method?: string; headers?: Record<string, string>; body?: string | Buffer; readFor?: number } = {},
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port: host.port, path, method: options.method ?? 'GET', headers: options.headers },
      (res) => {
        const chunks: Buffer[] = [];
        const done = () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') });
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', done);
        if (options.readFor !== undefined) {
          setTimeout(() => {
            done();
            req.destroy();
          }, options.readFor);
        }
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

const call = (host: WebHost, name: string, body: string, headers: Record<string, string> = {}) =>
  send(host, `/api/call/${name}`, {
    method: 'POST',
    body,
    headers: { 'content-type': 'application/json', 'x-aftershock-token': host.token, ...headers },
  });

const json = (reply: Reply) => JSON.parse(reply.body) as { ok: boolean; value?: unknown; error?: { code: string; message: string } };

describe('the web host', () => {
  let host: WebHost;
  let work: string;

  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'aftershock-web-'));
    const rendererDir = join(work, 'renderer');
    mkdirSync(join(rendererDir, 'assets'), { recursive: true });
    writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Aftershock</title>');
    writeFileSync(join(rendererDir, 'assets', 'app.js'), 'console.log(1);');
    writeFileSync(join(work, 'secret.txt'), 'not for the browser');
    host = await startWebHost({ port: 0, dataDir: join(work, 'data'), appRoot, rendererDir, log: () => {} });
  });

  afterAll(async () => {
    await host?.close();
    rmSync(work, { recursive: true, force: true });
  });

  it('prints a loopback URL carrying a long random token', () => {
    expect(host.url).toBe(`http://127.0.0.1:${host.port}/?token=${host.token}`);
    expect(host.token).toMatch(/^[A-Za-z0-9_-]{32}$/);
  });

  it('refuses API calls without a token', async () => {
    const reply = await send(host, '/api/call/app.info', { method: 'POST', body: '{}' });
    expect(reply.status).toBe(401);
    expect(json(reply)).toMatchObject({ ok: false, error: { code: 'rejected' } });
  });

  it('refuses API calls with a wrong token', async () => {
    const reply = await call(host, 'app.info', '{}', { 'x-aftershock-token': `${host.token}x` });
    expect(reply.status).toBe(401);
    expect(json(reply).ok).toBe(false);
  });

  it('does not take the token from the query string for calls', async () => {
    const reply = await send(host, `/api/call/app.info?token=${host.token}`, { method: 'POST', body: '{}' });
    expect(reply.status).toBe(401);
  });

  it('refuses a foreign Origin even with the token', async () => {
    const reply = await call(host, 'app.info', '{}', { origin: 'http://evil.example' });
    expect(reply.status).toBe(403);
    expect(json(reply)).toMatchObject({ ok: false, error: { code: 'rejected' } });
    expect((await call(host, 'app.info', '{}', { origin: `http://localhost:${host.port}` })).status).toBe(200);
    expect((await call(host, 'app.info', '{}', { origin: 'null' })).status).toBe(403);
  });

  it('refuses a foreign Host (DNS rebinding)', async () => {
    const reply = await call(host, 'app.info', '{}', { host: `evil.example:${host.port}` });
    expect(reply.status).toBe(403);
    expect((await send(host, '/', { headers: { host: `evil.example:${host.port}` } })).status).toBe(403);
    expect((await call(host, 'app.info', '{}', { host: `localhost:${host.port}` })).status).toBe(200);
  });

  it('answers app.info with the token', async () => {
    const reply = await call(host, 'app.info', '{}');
    expect(reply.status).toBe(200);
    expect(reply.headers['content-type']).toMatch(/^application\/json/);
    expect(json(reply)).toMatchObject({ ok: true, value: { name: 'Aftershock', host: 'web', dataDir: join(work, 'data') } });
  });

  it('treats an empty body as no input', async () => {
    expect(json(await call(host, 'app.info', '')).ok).toBe(true);
  });

  it('answers an unknown call name with an envelope error', async () => {
    const reply = await call(host, 'no.such.call', '{}');
    expect(reply.status).toBe(200);
    expect(json(reply)).toMatchObject({ ok: false, error: { code: 'unknown_call' } });
    expect(json(await call(host, '__proto__', '{}')).error?.code).toBe('unknown_call');
  });

  it('answers bad input with bad_input', async () => {
    const reply = await call(host, 'app.info', '42');
    expect(reply.status).toBe(200);
    expect(json(reply)).toMatchObject({ ok: false, error: { code: 'bad_input' } });
  });

  it('answers a body that is not JSON with 400', async () => {
    const reply = await call(host, 'app.info', '{not json');
    expect(reply.status).toBe(400);
    expect(json(reply)).toMatchObject({ ok: false, error: { code: 'bad_input' } });
    expect(json(reply).error?.message).toMatch(/not valid JSON/);
  });

  it('refuses a body over the limit with 413', async () => {
    const declared = await call(host, 'app.info', '{}', { 'content-length': String(MAX_BODY_BYTES + 1) }).catch(
      (err: NodeJS.ErrnoException) => ({ status: err.code === 'ECONNRESET' ? 413 : 0, headers: {}, body: '' }),
    );
    expect(declared.status).toBe(413);
    const streamed = await send(host, '/api/call/app.info', {
      method: 'POST',
      headers: { 'x-aftershock-token': host.token, 'transfer-encoding': 'chunked' },
      body: Buffer.alloc(MAX_BODY_BYTES + 1024, 0x20),
    });
    expect(streamed.status).toBe(413);
    expect(json(await call(host, 'app.info', '{}')).ok).toBe(true);
  });

  it('answers calls with POST only', async () => {
    const reply = await send(host, '/api/call/app.info', { headers: { 'x-aftershock-token': host.token } });
    expect(reply.status).toBe(405);
  });

  it('streams events to a client with the token, and only then', async () => {
    expect((await send(host, '/api/events')).status).toBe(401);
    expect((await send(host, '/api/events?token=wrong')).status).toBe(401);
    const stream = await send(host, `/api/events?token=${host.token}`, { readFor: 300 });
    expect(stream.status).toBe(200);
    expect(stream.headers['content-type']).toMatch(/^text\/event-stream/);
    expect(stream.body).toContain(': connected');
  });

  it('serves the UI with its security headers', async () => {
    const reply = await send(host, `/?token=${host.token}`);
    expect(reply.status).toBe(200);
    expect(reply.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(reply.headers['content-security-policy']).toBe(
      "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'",
    );
    expect(reply.headers['x-content-type-options']).toBe('nosniff');
    expect(reply.headers['referrer-policy']).toBe('no-referrer');
    const script = await send(host, '/assets/app.js');
    expect(script.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect((await send(host, '/assets/missing.js')).status).toBe(404);
  });

  it('refuses paths that climb out of the UI folder', async () => {
    for (const path of ['/../package.json', '/../secret.txt', '/assets/../../secret.txt', '/%2e%2e/secret.txt', '/..%2fsecret.txt', '/..%5csecret.txt']) {
      const reply = await send(host, path);
      expect(reply.status, path).toBe(403);
      expect(reply.body).not.toContain('not for the browser');
      expect(reply.body).not.toContain('"name"');
    }
  });

  it('says the UI is not built when out/renderer is missing', async () => {
    const bare = await startWebHost({
      port: 0,
      dataDir: join(work, 'data-bare'),
      appRoot,
      rendererDir: join(work, 'nothing-here'),
      log: () => {},
    });
    try {
      const reply = await send(bare, '/');
      expect(reply.status).toBe(503);
      expect(reply.body).toContain('The UI is not built: run npm run build');
    } finally {
      await bare.close();
    }
  });
});

describe('the event stream', () => {
  it('writes each event as a data line and lets go of its listener when the client leaves', async () => {
    const listeners = new Set<(event: ApiEvent) => void>();
    const subscribe = (l: (event: ApiEvent) => void) => {
      listeners.add(l);
      return () => listeners.delete(l);
    };
    const server = createServer((_req, res) => openEventStream(res, subscribe, 50));
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
    const { port } = server.address() as AddressInfo;
    const event: ApiEvent = { name: 'runs.finished', payload: { runId: 'r1', status: 'done' } };
    try {
      const body = await new Promise<string>((resolve, reject) => {
        const req = request({ host: '127.0.0.1', port, path: '/' }, (res) => {
          let text = '';
          res.on('data', (c: Buffer) => {
            text += c.toString('utf8');
            if (text.includes(': heartbeat') && text.includes('data: ')) {
              req.destroy();
              resolve(text);
            }
          });
        });
        req.on('error', reject);
        req.end();
        setTimeout(() => listeners.forEach((l) => l(event)), 20);
      });
      expect(body).toContain(`data: ${JSON.stringify(event)}\n\n`);
      await vi.waitFor(() => expect(listeners.size).toBe(0));
    } finally {
      server.closeAllConnections();
      await new Promise((r) => server.close(r));
    }
  });
});
