import { createReadStream, existsSync, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';
import { CONTENT_SECURITY_POLICY } from '../../shared/api/content-security-policy';
import { t } from '../../shared/i18n/translate';

export { CONTENT_SECURITY_POLICY };

/** Said when the UI has not been built (in the current language, so a function). */
export const uiNotBuilt = (): string => t('web.uiNotBuilt');

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
};

export const contentTypeFor = (file: string): string =>
  CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';

export const isUiBuilt = (rendererDir: string): boolean => existsSync(join(rendererDir, 'index.html'));

const text = (res: ServerResponse, status: number, body: string): void => {
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' });
  res.end(`${body}\n`);
};

/**
 * Resolves a request path to a file inside `rendererDir`, or says why not.
 * `..` segments (raw or percent-encoded) are refused outright rather than normalised away.
 */
export function resolveStaticPath(rendererDir: string, rawPath: string): { file: string } | { refused: 400 | 403 } {
  let decoded: string;
  try {
    decoded = decodeURIComponent(rawPath);
  } catch {
    return { refused: 400 };
  }
  if (decoded.includes('\0') || decoded.split(/[\\/]/).includes('..')) return { refused: 403 };
  const root = resolve(rendererDir);
  const file = resolve(join(root, decoded === '/' ? 'index.html' : `.${decoded}`));
  if (file !== root && !file.startsWith(root + sep)) return { refused: 403 };
  return { file };
}

/** Serves the built renderer: GET/HEAD only, index.html for `/` and for client-side routes without a file extension. */
export function serveStatic(req: IncomingMessage, res: ServerResponse, rendererDir: string, rawPath: string): void {
  res.setHeader('Content-Security-Policy', CONTENT_SECURITY_POLICY);
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.setHeader('Allow', 'GET, HEAD');
    return text(res, 405, t('web.methodNotAllowed'));
  }
  if (!isUiBuilt(rendererDir)) return text(res, 503, uiNotBuilt());
  const resolved = resolveStaticPath(rendererDir, rawPath);
  if ('refused' in resolved) return text(res, resolved.refused, t('web.pathRefused'));
  let file = resolved.file;
  let stats = statSync(file, { throwIfNoEntry: false });
  if (stats?.isDirectory()) {
    file = join(file, 'index.html');
    stats = statSync(file, { throwIfNoEntry: false });
  }
  if (!stats?.isFile()) {
    if (extname(file) !== '') return text(res, 404, t('web.notFound'));
    file = join(resolve(rendererDir), 'index.html');
    stats = statSync(file);
  }
  res.writeHead(200, {
    'Content-Type': contentTypeFor(file),
    'Content-Length': stats.size,
    'Cache-Control': 'no-cache',
  });
  if (req.method === 'HEAD') return void res.end();
  createReadStream(file)
    .on('error', () => res.destroy())
    .pipe(res);
}
