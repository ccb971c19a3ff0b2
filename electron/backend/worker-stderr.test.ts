import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { watchStderr } from './worker-stderr';

const V8_OOM = [
  '<--- Last few GCs --->\n\n[3514:0x1666cca0]  104 ms: Mark-Compact 23.4 (32.7) -> 19.4 (37.2) MB, allocation failure; scavenge might not succeed\n\n',
  '<--- JS stacktrace --->\n\nFATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory\n',
  '----- Native stack trace -----\n\n 1: 0xb78db3 node::OOMErrorHandler(char const*, v8::OOMDetails const&) [node]\n',
].join('');

function watched(chunks: string[]) {
  const stream = new PassThrough();
  const forwarded: string[] = [];
  const watch = watchStderr(stream, (c) => forwarded.push(c.toString()));
  chunks.forEach((c) => stream.write(c));
  stream.end();
  return { watch, forwarded };
}

describe("a worker's stderr", () => {
  it("is passed on whole and reports V8's out-of-memory message, even split across chunks", async () => {
    const cut = V8_OOM.indexOf('heap out of') + 4;
    const { watch, forwarded } = watched([V8_OOM.slice(0, cut), V8_OOM.slice(cut)]);
    await watch.ended;
    expect(forwarded.join('')).toBe(V8_OOM);
    expect(watch.outOfMemory()).toBe(true);
  });

  it('does not take another fatal error, or a warning, for running out of memory', async () => {
    const { watch } = watched(['FATAL ERROR: v8::ToLocalChecked Empty MaybeLocal\n', '(node:1) Warning: something else\n']);
    await watch.ended;
    expect(watch.outOfMemory()).toBe(false);
  });

  it('knows the other forms V8 prints', () => {
    expect(watched(['FATAL ERROR: CALL_AND_RETRY_LAST Allocation failed - JavaScript heap out of memory\n']).watch.outOfMemory()).toBe(true);
    expect(watched(['#\n# Fatal process out of memory: Zone\n#\n']).watch.outOfMemory()).toBe(true);
  });

  it('is nothing to watch when the host gives no stream', async () => {
    const watch = watchStderr(null, () => {});
    await watch.ended;
    expect(watch.outOfMemory()).toBe(false);
  });
});
