import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

export const TOKEN_HEADER = 'x-aftershock-token';

/** A fresh secret per launch: 24 random bytes, base64url. */
export const newToken = (): string => randomBytes(24).toString('base64url');

const digest = (text: string): Buffer => createHash('sha256').update(text, 'utf8').digest();

/** Constant-time comparison; hashing first makes both sides the same length. */
export function tokenMatches(candidate: string | undefined, token: string): boolean {
  if (typeof candidate !== 'string' || candidate.length === 0) return false;
  return timingSafeEqual(digest(candidate), digest(token));
}

/** The token a request carries: the header, or `?token=` where the route allows it (EventSource sets no headers). */
export function requestToken(req: IncomingMessage, url: URL, allowQuery: boolean): string | undefined {
  const header = req.headers[TOKEN_HEADER];
  if (typeof header === 'string' && header) return header;
  return allowQuery ? (url.searchParams.get('token') ?? undefined) : undefined;
}

/** The only names this host answers to. Anything else in Host is a DNS-rebinding attempt. */
export const allowedHosts = (port: number): string[] => [`127.0.0.1:${port}`, `localhost:${port}`];

/**
 * Refuses requests from other sites and other host names: the Host header must name this loopback
 * address and port; an Origin header, when present, must be this host's own origin.
 */
export function originProblem(req: IncomingMessage, port: number): 'host' | 'origin' | null {
  const hosts = allowedHosts(port);
  const host = req.headers.host?.toLowerCase();
  if (!host || !hosts.includes(host)) return 'host';
  const origin = req.headers.origin;
  if (origin !== undefined && !hosts.some((h) => origin === `http://${h}`)) return 'origin';
  return null;
}
