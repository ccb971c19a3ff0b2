import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { HTTP_PATHS } from '../../shared/api';
import { t } from '../../shared/i18n/translate';
import { recoveryText } from '../../shared/i18n/recovery-text';
import { confStoreFactory } from '../backend/conf-store';
import { startBackend } from '../backend/start-backend';
import { openEventStream } from './event-stream';
import { readJsonBody, sendError, sendJson } from './http-io';
import { serveStatic } from './static-files';
import { newToken, originProblem, requestToken, tokenMatches } from './web-auth';
import { chromiumPrinter } from '../backend/chromium-printer';
import type { WorkerLauncher } from '../backend/engine-pool';
import { forkLauncher } from '../backend/fork-launcher';

/** The web host binds this address and no other. */
export const LOOPBACK = '127.0.0.1';

export type WebHostOptions = {
  /** 0 picks any free port. */
  port: number;
  dataDir: string;
  /** The folder holding package.json and resources/. */
  appRoot: string;
  /** The built UI (out/renderer). */
  rendererDir: string;
  /** How long an engine worker may be silent on a shard before it counts as hung (the pool's default when absent). */
  engineSilenceMs?: number;
  /** How engine workers are started (forked by default; tests hand in workers that misbehave). */
  launchWorker?: WorkerLauncher;
  /** Where diagnostics go; stderr by default (stdout carries only the URL). */
  log?: (message: string) => void;
};

export type WebHost = {
  /** The link to open: `http://127.0.0.1:PORT/?token=TOKEN`. */
  url: string;
  token: string;
  port: number;
  close: () => Promise<void>;
};

const refusedSentence = (port: number) => t('web.foreignOrigin', { origin: `http://${LOOPBACK}:${port}` });

/** Starts the back end and serves it, with the built UI, on 127.0.0.1 only. */
export async function startWebHost(options: WebHostOptions): Promise<WebHost> {
  const log = options.log ?? ((message: string) => process.stderr.write(`${message}\n`));
  const backend = startBackend({
    appRoot: options.appRoot,
    dataDir: options.dataDir,
    host: 'web',
    storeFactory: confStoreFactory,
    launchWorker: options.launchWorker ?? forkLauncher(options.appRoot),
    workerSilenceMs: options.engineSilenceMs,
    printPdf: chromiumPrinter(),
    log: (message, err) => log(`${message}: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`),
  });
  // What start-up recovered from, on the host's log too (the page shows it in its banner).
  backend.info.recovery.forEach((note) => log(t('cli.recovery', { text: recoveryText(note) })));
  const token = newToken();
  const streams = new Set<() => void>();
  let port = options.port;

  async function handleApi(req: IncomingMessage, res: ServerResponse, path: string, url: URL): Promise<void> {
    const isEvents = path === HTTP_PATHS.events;
    if (!tokenMatches(requestToken(req, url, isEvents), token)) {
      return sendError(res, 401, 'rejected', t('error.unauthorized'));
    }
    const expected = isEvents ? 'GET' : 'POST';
    if ((isEvents || path.startsWith(HTTP_PATHS.callPrefix)) && req.method !== expected) {
      res.setHeader('Allow', expected);
      return sendError(res, 405, 'rejected', `${path} answers ${expected} requests only.`);
    }
    if (isEvents) {
      const end = openEventStream(res, backend.onEvent);
      streams.add(end);
      res.on('close', () => streams.delete(end));
      return;
    }
    if (!path.startsWith(HTTP_PATHS.callPrefix)) return sendError(res, 404, 'not_found', t('web.noRoute', { path }));
    const rawName = path.slice(HTTP_PATHS.callPrefix.length);
    let name = rawName;
    try {
      name = decodeURIComponent(rawName);
    } catch {
      // an undecodable name is simply not a call name; dispatch says so
    }
    const body = await readJsonBody(req);
    if (!body.ok) {
      if (body.status === 413) res.setHeader('Connection', 'close');
      return sendError(res, body.status, 'bad_input', body.message);
    }
    sendJson(res, 200, await backend.call(name, body.value));
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Referrer-Policy', 'no-referrer');
    res.setHeader('X-Frame-Options', 'DENY');
    const rawUrl = req.url ?? '/';
    const path = rawUrl.split('?')[0] ?? '/';
    const isApi = path === '/api' || path.startsWith('/api/');
    if (originProblem(req, port)) {
      if (isApi) return sendError(res, 403, 'rejected', refusedSentence(port));
      res.writeHead(403, { 'Content-Type': 'text/plain; charset=utf-8' });
      return void res.end(`${refusedSentence(port)}\n`);
    }
    if (isApi) return handleApi(req, res, path, new URL(rawUrl, `http://${LOOPBACK}:${port}`));
    serveStatic(req, res, options.rendererDir, path);
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((err: unknown) => {
      log(`Request ${req.method ?? ''} ${req.url ?? ''} failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
      if (res.headersSent) res.destroy();
      else sendError(res, 500, 'internal', t('web.internal'));
    });
  });

  await new Promise<void>((resolveListen, rejectListen) => {
    server.once('error', (err: NodeJS.ErrnoException) => {
      rejectListen(
        err.code === 'EADDRINUSE'
          ? new Error(t('web.portInUse', { port: options.port }))
          : err,
      );
    });
    server.listen(options.port, LOOPBACK, () => resolveListen());
  });
  port = (server.address() as AddressInfo).port;

  let closing: Promise<void> | undefined;
  const close = () => {
    closing ??= new Promise<void>((resolveClose) => {
      for (const end of streams) end();
      streams.clear();
      backend.dispose();
      server.close(() => resolveClose());
      server.closeAllConnections();
    });
    return closing;
  };

  return { url: `http://${LOOPBACK}:${port}/?token=${token}`, token, port, close };
}
