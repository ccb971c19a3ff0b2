import type { ServerResponse } from 'node:http';
import type { ApiEvent } from '../../shared/api';

export const HEARTBEAT_MS = 15_000;

/**
 * Turns one response into a Server-Sent Events stream of back-end events:
 * `data: <JSON ApiEvent>` per event, a comment line as heartbeat, listeners removed on close.
 * Returns a function that ends the stream from the server side.
 */
export function openEventStream(
  res: ServerResponse,
  subscribe: (listener: (event: ApiEvent) => void) => () => void,
  heartbeatMs = HEARTBEAT_MS,
): () => void {
  res.writeHead(200, {
    'Content-Type': 'text/event-stream; charset=utf-8',
    'Cache-Control': 'no-store, no-transform',
    Connection: 'keep-alive',
    'X-Accel-Buffering': 'no',
  });
  res.write('retry: 2000\n: connected\n\n');
  const unsubscribe = subscribe((event) => res.write(`data: ${JSON.stringify(event)}\n\n`));
  const heartbeat = setInterval(() => res.write(': heartbeat\n\n'), heartbeatMs);
  let closed = false;
  const cleanUp = () => {
    if (closed) return;
    closed = true;
    clearInterval(heartbeat);
    unsubscribe();
  };
  res.on('close', cleanUp);
  return () => {
    cleanUp();
    res.end();
  };
}
