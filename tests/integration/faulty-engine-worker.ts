/**
 * An engine worker that misbehaves once, part-way through one shard (not a test: the fault tests fork it). It is
 * the real worker (serveShards, the real engine) with a port that, in shard number argv[4] (1 by default) at the
 * first progress tick past argv[3] (`at`, a share of the shard's paths), does what argv[2] says:
 *   exit    — process.exit(0): a clean exit mid-run;
 *   garble  — sends a result that is not one, then carries on;
 *   oom     — fills the V8 heap until V8 gives up (start it with a small --max-old-space-size to be quick): a real
 *             out-of-memory death, SIGABRT and V8's report on stderr;
 *   alloc   — asks for a 256 TiB ArrayBuffer inside the shard: the allocation fails and the shard with it.
 */
import { serveShards, type ParentPort } from '../../electron/engine/worker-main';

const fault = process.argv[2];
const at = Number(process.argv[3] ?? '0.5');
const onShard = Number(process.argv[4] ?? '1');
let paths = 0;
let shards = 0;
let tripped = false;

function misbehave(jobId: string): void {
  tripped = true;
  if (fault === 'exit') process.exit(0);
  if (fault === 'garble') process.send?.({ type: 'result', jobId, shard: { kind: 'binned', pathStart: 'zero' } });
  if (fault === 'alloc') void new ArrayBuffer(2 ** 48);
  if (fault === 'oom') {
    const hog: unknown[] = [];
    for (;;) hog.push({ index: hog.length, pair: [hog.length, -hog.length] });
  }
}

const port: ParentPort = {
  post: (m) => {
    if (!tripped && shards === onShard && m.type === 'progress' && m.done >= at * paths) misbehave(m.jobId);
    process.send?.(m);
  },
  onMessage: (listener) =>
    process.on('message', (raw) => {
      const shard = raw as { pathStart?: number; pathEnd?: number };
      paths = (shard.pathEnd ?? 0) - (shard.pathStart ?? 0);
      shards++;
      listener(raw);
    }),
};

process.on('disconnect', () => process.exit(0));
serveShards(port);
