import { describe, expect, it } from 'vitest';
import { makeHolding, makeInput, makeScenario } from '../../shared/engine/fixtures';
import { prepareRun } from '../../shared/engine/prepare';
import type { FromWorker } from '../../shared/engine/worker-protocol';
import { serveShards } from './worker-main';

/** A port that keeps what the worker posts and lets the test send it a request. */
function fakePort() {
  const posted: FromWorker[] = [];
  let listener: (m: unknown) => void = () => {};
  return { posted, send: (m: unknown) => listener(m), port: { post: (m: FromWorker) => void posted.push(m), onMessage: (l: (m: unknown) => void) => void (listener = l) } };
}

const prepared = prepareRun(makeInput([makeHolding('SPY', 100_000, 'equity')], makeScenario({ paths: 20_000 })));

describe('the engine worker', () => {
  it('runs a shard and posts its result while its parent lives', () => {
    const { posted, send, port } = fakePort();
    serveShards(port, () => true, () => {
      throw new Error('must not leave');
    });
    send({ type: 'shard', jobId: 'j1', prepared, pathStart: 0, pathEnd: 2_000 });
    expect(posted.map((m) => m.type)).toEqual(['ready', 'progress', 'progress', 'result']);
  });

  it('leaves mid-shard at the first progress tick once its parent is gone (a parent killed alone)', () => {
    const { posted, send, port } = fakePort();
    let left = 0;
    serveShards(port, () => false, () => {
      left++;
      throw new Error('left');
    });
    send({ type: 'shard', jobId: 'j2', prepared, pathStart: 0, pathEnd: 20_000 });
    expect(left).toBe(1);
    expect(posted.some((m) => m.type === 'result')).toBe(false);
  });

  it('says a shard that could not get its memory ran out of memory (an ArrayBuffer allocation that failed)', () => {
    const { posted, send, port } = fakePort();
    // Mid-shard (at its first progress tick), the shard asks for 256 TiB — more than a 64-bit process can address.
    const greedy = { ...port, post: (m: FromWorker) => (m.type === 'progress' ? void new ArrayBuffer(2 ** 48) : port.post(m)) };
    serveShards(greedy, () => true);
    send({ type: 'shard', jobId: 'j3', prepared, pathStart: 0, pathEnd: 2_000 });
    expect(posted.at(-1)).toEqual({ type: 'error', jobId: 'j3', message: 'Array buffer allocation failed', outOfMemory: true });
  });

  it('reports any other failure as it is, without calling it memory', () => {
    const { posted, send, port } = fakePort();
    serveShards(port, () => true);
    send({ type: 'shard', jobId: 'j4', prepared: { ...prepared, kernel: null }, pathStart: 0, pathEnd: 10 });
    const last = posted.at(-1);
    expect(last).toMatchObject({ type: 'error', jobId: 'j4' });
    expect(last && 'outOfMemory' in last).toBe(false);
  });
});
