import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { WorkerLauncher } from '../../electron/backend/engine-pool';
import { forkLauncher } from '../../electron/backend/fork-launcher';
import { runCli } from '../../electron/cli/run-cli';
import { appRoot, freshDataDir } from './backend-helpers';
import { alive, faultyFirstLauncher, type Fault } from './fault-launchers';

// `aftershock run` when an engine worker fails: the run's sentence on stderr, nothing on stdout, a non-zero exit.

const sample = join(appRoot, 'resources/sample-portfolio.csv');
const RUN = ['run', sample, '--scenario', 'ai-capex-bust-ease', '--paths', '150000', '--seed', '9', '--workers', '2'];

async function cli(args: string[], launch: WorkerLauncher, env: NodeJS.ProcessEnv = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli([...args, '--data-dir', freshDataDir()], appRoot, { out: (t) => out.push(t), err: (t) => err.push(t) }, env, launch);
  return { code, out: out.join('\n'), err: err.join('\n') };
}

/** The real workers; the first to report progress gets `signal` from outside (its pid is remembered). */
function signalledAtFirstProgress(signal: NodeJS.Signals) {
  const base = forkLauncher(appRoot);
  const hit: number[] = [];
  const launch: WorkerLauncher = () => {
    const channel = base();
    channel.onMessage((m) => {
      const message = m as { type?: string; done?: number };
      if (hit.length === 0 && message.type === 'progress' && (message.done ?? 0) > 0 && channel.pid) {
        hit.push(channel.pid);
        process.kill(channel.pid, signal);
      }
    });
    return channel;
  };
  return { launch, hit };
}

describe('aftershock run with a failing engine worker', () => {
  it('prints the killed sentence and exits 2 when a worker is killed with SIGKILL', async () => {
    const res = await cli(RUN, signalledAtFirstProgress('SIGKILL').launch);
    expect(res.code).toBe(2);
    expect(res.out).toBe('');
    expect(res.err).toBe('The engine process was killed (signal SIGKILL) and was replaced; the run was stopped. Run it again.');
  });

  it('says it in Chinese with --lang zh-CN', async () => {
    const res = await cli([...RUN, '--lang', 'zh-CN'], signalledAtFirstProgress('SIGKILL').launch);
    expect(res.code).toBe(2);
    expect(res.err).toBe('计算引擎进程被终止（信号 SIGKILL），已被替换；本次运行已停止。请重新运行。');
  });

  it('prints the silence sentence, with the limit the environment set, when a worker stops (SIGSTOP); the stopped process is gone', async () => {
    const stopped = signalledAtFirstProgress('SIGSTOP');
    try {
      const res = await cli(RUN, stopped.launch, { AFTERSHOCK_ENGINE_SILENCE_SECONDS: '2' });
      expect(res.code).toBe(2);
      expect(res.err).toBe('The engine process stopped answering for 2 s and was replaced; the run was stopped. Run it again.');
      expect(stopped.hit).toHaveLength(1);
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(alive(stopped.hit[0]!)).toBe(false);
    } finally {
      for (const pid of stopped.hit.filter(alive)) process.kill(pid, 'SIGKILL');
    }
  });

  const inside: [Fault, string][] = [
    ['oom', 'The engine ran out of memory, so its process was replaced and the run was stopped. Run it again with fewer paths or a shorter horizon.'],
    ['garble', 'The engine process sent a message the app could not read, so it was replaced and the run was stopped. Run it again.'],
    ['exit', 'The engine process quit in the middle of the run and was replaced; the run was stopped. Run it again.'],
  ];
  it.each(inside)('prints the sentence for %s and exits 2', async (fault, sentence) => {
    const res = await cli(RUN, faultyFirstLauncher(fault));
    expect(res.code).toBe(2);
    expect(res.out).toBe('');
    // An out-of-memory death's V8 report goes to the process's stderr, not through io: the sentence is all there is.
    expect(res.err).toBe(sentence);
  });

  it('refuses a bad silence limit in the environment before it starts anything', async () => {
    let launched = 0;
    const res = await cli(RUN, () => {
      launched++;
      return forkLauncher(appRoot)();
    }, { AFTERSHOCK_ENGINE_SILENCE_SECONDS: 'forever' });
    expect(res.code).toBe(2);
    expect(res.err).toBe('AFTERSHOCK_ENGINE_SILENCE_SECONDS must be a whole number of seconds from 1 to 3600, not “forever”.');
    expect(launched).toBe(0);
  });
});
