/**
 * What V8 prints when a process dies for want of heap ("FATAL ERROR: Reached heap limit Allocation failed - JavaScript
 * heap out of memory", "… CALL_AND_RETRY_LAST …", "Fatal process out of memory: Zone"): a death with this on its
 * stderr ran out of memory. An abort alone (SIGABRT, exit code 134 through a shell) is not enough: any fatal V8 or
 * Node error aborts.
 */
const OUT_OF_MEMORY = /JavaScript heap out of memory|Fatal process out of memory|Allocation failed - process out of memory/i;
/** Longer than any part of the signature, so a chunk boundary inside it is still seen. */
const CARRY = 80;

export type StderrWatch = {
  /** The stream carried V8's out-of-memory report so far. */
  outOfMemory: () => boolean;
  /** Resolves when the stream has ended (or there is none): what the process wrote is all in by then. */
  ended: Promise<void>;
};

/** Passes a worker's stderr on (to ours, so nothing it says is lost) and watches it for V8's out-of-memory report. */
export function watchStderr(stream: NodeJS.ReadableStream | null | undefined, forward: (chunk: Buffer | string) => void): StderrWatch {
  let carry = '';
  let oom = false;
  if (!stream) return { outOfMemory: () => false, ended: Promise.resolve() };
  stream.on('data', (chunk: Buffer | string) => {
    forward(chunk);
    if (oom) return;
    const text = carry + chunk.toString();
    oom = OUT_OF_MEMORY.test(text);
    carry = text.slice(-CARRY);
  });
  const ended = new Promise<void>((resolve) => {
    stream.once('end', resolve);
    stream.once('close', resolve);
    stream.once('error', resolve);
  });
  return { outOfMemory: () => oom, ended };
}
