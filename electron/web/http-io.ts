import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ApiError, Envelope } from '../../shared/api';
import { t } from '../../shared/i18n/translate';

/** Largest request body accepted (a broker CSV travels inside a call). */
/** A 50 MB CSV is 67 MB as base64 inside JSON: leave room for it, refuse more. */
export const MAX_BODY_BYTES = 72 * 1024 * 1024;

export const sendJson = (res: ServerResponse, status: number, envelope: Envelope<unknown>): void => {
  const body = JSON.stringify(envelope);
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(body),
    'Cache-Control': 'no-store',
  });
  res.end(body);
};

export const sendError = (res: ServerResponse, status: number, code: ApiError['code'], message: string): void =>
  sendJson(res, status, { ok: false, error: { code, message } });

export type BodyResult = { ok: true; value: unknown } | { ok: false; status: 400 | 413; message: string };

/** Written when it happens, in the language of that moment. */
const tooLarge = (): BodyResult => ({
  ok: false,
  status: 413,
  message: t('web.tooLarge', { mb: MAX_BODY_BYTES / 1024 / 1024 }),
});

/** Reads a JSON body up to `limit` bytes. An empty body means "no input" (undefined). */
export function readJsonBody(req: IncomingMessage, limit = MAX_BODY_BYTES): Promise<BodyResult> {
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > limit) return Promise.resolve(tooLarge());
  return new Promise((resolvePromise) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let done = false;
    const finish = (result: BodyResult) => {
      if (done) return;
      done = true;
      resolvePromise(result);
    };
    req.on('data', (chunk: Buffer) => {
      if (done) return;
      size += chunk.length;
      if (size > limit) {
        chunks.length = 0;
        finish(tooLarge());
        return;
      }
      chunks.push(chunk);
    });
    req.on('error', () => finish({ ok: false, status: 400, message: t('web.unreadableBody') }));
    req.on('end', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      if (text.trim() === '') return finish({ ok: true, value: undefined });
      try {
        finish({ ok: true, value: JSON.parse(text) as unknown });
      } catch (err) {
        const details = err instanceof Error ? err.message : String(err);
        finish({ ok: false, status: 400, message: t('web.badJson', { details }) });
      }
    });
  });
}
