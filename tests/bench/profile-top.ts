/**
 * Self time per function of V8 .cpuprofile files (not a test): `npx tsx tests/bench/profile-top.ts FILE... [--top N]`.
 * Self time = the sampling interval of every sample whose top frame is the function (inlined callees count as their
 * caller's: TurboFan inlines small functions). Prints ms and % of each file's samples, then the files' sum.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';

type Node = { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; hitCount?: number };
type Profile = { nodes: Node[]; samples: number[]; timeDeltas: number[]; startTime: number; endTime: number };

export function selfTimes(profile: Profile): { total: number; byFunction: Map<string, number> } {
  const nameOf = new Map<number, string>();
  for (const n of profile.nodes) {
    const { functionName, url, lineNumber } = n.callFrame;
    // tsx's output keeps no line breaks the profiler can use (line 0): the file name alone then.
    const where = url ? `${basename(url.replace(/\?.*$/, ''))}${lineNumber > 0 ? `:${lineNumber + 1}` : ''}` : '';
    nameOf.set(n.id, `${functionName || '(anonymous)'} ${where}`.trim());
  }
  const byFunction = new Map<string, number>();
  let total = 0;
  profile.samples.forEach((id, i) => {
    // timeDeltas[i] is the time before sample i; the sample stands for the interval after it (the next delta).
    const us = profile.timeDeltas[i + 1] ?? profile.timeDeltas[i] ?? 0;
    const name = nameOf.get(id)!;
    byFunction.set(name, (byFunction.get(name) ?? 0) + us);
    total += us;
  });
  return { total, byFunction };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const topAt = args.indexOf('--top');
  const top = topAt >= 0 ? Number(args[topAt + 1]) : 25;
  const files = args.filter((a, i) => a !== '--top' && i !== topAt + 1);
  const sum = new Map<string, number>();
  let grand = 0;
  const print = (label: string, total: number, by: Map<string, number>) => {
    console.log(`${label}: ${(total / 1000).toFixed(0)} ms sampled`);
    for (const [name, us] of [...by].sort((a, b) => b[1] - a[1]).slice(0, top))
      console.log(`  ${(us / 1000).toFixed(1).padStart(9)} ms ${((100 * us) / total).toFixed(1).padStart(5)} %  ${name}`);
  };
  for (const f of files) {
    const { total, byFunction } = selfTimes(JSON.parse(readFileSync(f, 'utf8')) as Profile);
    if (files.length === 1) print(basename(f), total, byFunction);
    for (const [k, v] of byFunction) sum.set(k, (sum.get(k) ?? 0) + v);
    grand += total;
  }
  if (files.length > 1) print(`${files.length} files`, grand, sum);
}
