import { describe, expect, it } from 'vitest';
import type { WorkerChannel, WorkerExit } from './engine-pool';
import { prestartedLauncher } from './prestart-launcher';

/** Fake workers: each remembers whether it was killed, and can be made to exit. */
function fakes() {
  const made: { id: number; killed: boolean; exit: () => void }[] = [];
  const launch = (): WorkerChannel => {
    const exits: ((exit: WorkerExit) => void)[] = [];
    const me = { id: made.length, killed: false, exit: () => exits.forEach((l) => l({ code: 1, signal: null, outOfMemory: false })) };
    made.push(me);
    return { send: () => {}, onMessage: () => {}, onExit: (l) => exits.push(l), kill: () => (me.killed = true), id: me.id } as WorkerChannel & { id: number };
  };
  return { made, launch };
}
const idOf = (c: WorkerChannel) => (c as WorkerChannel & { id: number }).id;

describe('prestarted engine workers', () => {
  it('starts them at once and hands them out first, then launches new ones', () => {
    const { made, launch } = fakes();
    const pre = prestartedLauncher(launch, 2);
    expect(made).toHaveLength(2);
    expect([idOf(pre.launch()), idOf(pre.launch()), idOf(pre.launch())]).toEqual([0, 1, 2]);
    pre.dispose();
    expect(made.map((m) => m.killed)).toEqual([false, false, false]);
  });

  it('replaces one that exited while waiting, and stops the ones never used', () => {
    const { made, launch } = fakes();
    const pre = prestartedLauncher(launch, 3);
    made[0]!.exit();
    expect(idOf(pre.launch())).toBe(1);
    pre.dispose();
    expect(made.map((m) => m.killed)).toEqual([false, false, true]);
    expect(idOf(pre.launch())).toBe(3);
  });
});
