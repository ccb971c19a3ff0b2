/**
 * The whole-CLI benchmark cases (not a test): `aftershock run` (node electron/cli/bin.js, the installed command) as a
 * child process on a generated CSV of the bench book, in a fresh AFTERSHOCK_DATA_DIR, timed from spawn to exit, with
 * the peak memory of its process tree (the CLI and its engine worker processes) sampled from /proc.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Scenario } from '../../shared/domain/scenario';
import { prepareRun, type PreparedRun } from '../../shared/engine/prepare';
import { importHoldings } from '../../shared/import';
import { DEFAULT_RESOURCES } from '../../shared/model/default-resources';
import { valueHoldings } from '../../shared/model/positions';
import { portfolioFromImport } from '../../electron/backend/portfolio-factory';

const appRoot = fileURLToPath(new URL('../..', import.meta.url));

/**
 * The bench book as a CSV (what a user can hand the CLI): `scale` × 1,000 holdings with bench-book.ts's mix — 600
 * linear, 200 government and corporate bonds, 150 miner and AI-infrastructure debt, 50 private credit (10 non-traded) —
 * plus cash and a margin loan, from the same LCG. A CSV carries no per-holding model overrides, so its bonds and
 * credit share their tags' default models: fewer distinct models than bench-book.ts's 37 (see `preparedFromCsv`).
 */
export function benchCsv(scale = 1): string {
  let state = 12345;
  const rand = (): number => ((state = (Math.imul(state, 1103515245) + 12345) >>> 0) / 4294967296);
  const lines = ['account,symbol,name,quantity,price,currency,asset_class,security_type,exposure,adv_usd'];
  let n = 0;
  const add = (assetClass: string, securityType: string, exposure: string, adv = true) => {
    const value = Math.round(1_000 + rand() * 50_000);
    const advUsd = adv && rand() < 0.8 ? Math.round(1e6 + rand() * 1e9) : '';
    lines.push(`Bench,H${n},Holding ${n},1,${value},USD,${assetClass},${securityType},${exposure},${advUsd}`);
    n++;
  };
  const linear = ['ai_equity', 'equity', 'btc', 'crypto_other', 'miner_equity'];
  for (let s = 0; s < scale; s++) {
    for (let i = 0; i < 600; i++) add('equity', 'common stock', i % 50 === 0 ? 'btc:0.8;equity:0.2' : linear[i % 5]!);
    for (let i = 0; i < 200; i++) add('bond', i % 2 ? 'government bond' : 'corporate bond', i % 2 ? 'govt' : 'credit');
    for (let i = 0; i < 150; i++) add('bond', 'corporate bond', i % 20 < 12 ? 'miner_debt' : 'ai_infra_debt', false);
    for (let i = 0; i < 50; i++) add('fund', i < 10 ? 'non-traded BDC' : 'BDC', 'private_credit', i >= 10);
  }
  lines.push(`Bench,USD,US Dollar cash,${250_000 * scale},1,USD,cash,cash,,`);
  lines.push(`Bench,MARGIN LOAN,Margin loan balance,${-6_000_000 * scale},1,USD,cash,margin loan,,`);
  return `${lines.join('\n')}\n`;
}

/** The run the CLI prepares from the CSV and the scenario (import, value in USD, prepare), for its floor and model count. */
export function preparedFromCsv(csv: string, scenario: Scenario): PreparedRun {
  const outcome = importHoldings(new TextEncoder().encode(csv), { fileName: 'bench-book.csv' });
  if (!outcome.ok) throw new Error(outcome.reason);
  const portfolio = portfolioFromImport(outcome, { id: 'bench', name: 'bench', fileName: 'bench-book.csv', now: new Date(0), overrides: {} });
  const { holdings, excluded } = valueHoldings(portfolio, { baseCurrency: 'USD', fxRates: {} });
  return prepareRun({ baseCurrency: 'USD', holdings, scenario, resources: DEFAULT_RESOURCES, excludedHoldings: excluded });
}

/** RSS of every process in the tree under `root` (itself included), from /proc: bytes, and how many processes. */
export function treeRss(root: number): { bytes: number; processes: number } {
  const parent = new Map<number, number>();
  const rss = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      // Fields after the command name (which may hold spaces and parentheses): state ppid … rss is field 24.
      const rest = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      parent.set(Number(name), Number(rest[1]));
      rss.set(Number(name), Number(rest[21]) * 4096);
    } catch {
      // The process ended between the listing and the read.
    }
  }
  let bytes = 0;
  let processes = 0;
  const inTree = (pid: number): boolean => {
    for (let p = pid, hops = 0; p > 1 && hops < 64; p = parent.get(p) ?? 0, hops++) if (p === root) return true;
    return false;
  };
  for (const [pid, b] of rss)
    if (inTree(pid)) {
      bytes += b;
      processes++;
    }
  return { bytes, processes };
}

export type CliOutcome = {
  wallMs: number;
  code: number | null;
  signal: string | null;
  /** Peak of the summed RSS of the tree, sampled every `sampleMs`. */
  treePeakBytes: number;
  treePeakProcesses: number;
  /** Largest single process's peak RSS (getrusage of the children, via /usr/bin/time -v), when /usr/bin/time is there. */
  largestBytes: number | null;
  stdout: string;
  stderr: string;
};

/** A fresh data folder for one CLI run (removed by `cleanup`). */
export function freshDataDir(): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'aftershock-bench-'));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/**
 * Runs `aftershock ARGS` to its end in data folder `dataDir`. After `timeoutMs` its process group (the CLI and its
 * workers) is killed and the outcome says so (signal SIGKILL).
 */
export function runCli(args: string[], dataDir: string, options: { sampleMs?: number; timeoutMs?: number } = {}): Promise<CliOutcome> {
  const sampleMs = options.sampleMs ?? 25;
  const timeBin = existsSync('/usr/bin/time') ? '/usr/bin/time' : null;
  const cli = [join(appRoot, 'electron', 'cli', 'bin.js'), ...args];
  const [cmd, argv] = timeBin ? [timeBin, ['-v', process.execPath, ...cli]] : [process.execPath, cli];
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = spawn(cmd, argv, { cwd: appRoot, env: { ...process.env, AFTERSHOCK_DATA_DIR: dataDir }, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    const deadline = setTimeout(() => child.pid !== undefined && process.kill(-child.pid, 'SIGKILL'), options.timeoutMs ?? 10 * 60_000);
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    let peak = { bytes: 0, processes: 0 };
    const sample = () => {
      if (child.pid === undefined) return;
      const now = treeRss(child.pid);
      if (now.bytes > peak.bytes) peak = now;
    };
    const timer = setInterval(sample, sampleMs);
    child.on('error', (e) => {
      clearInterval(timer);
      clearTimeout(deadline);
      reject(e);
    });
    child.on('close', (code, signal) => {
      clearInterval(timer);
      clearTimeout(deadline);
      const wallMs = performance.now() - t0;
      const kb = timeBin ? /Maximum resident set size \(kbytes\): (\d+)/.exec(stderr)?.[1] : undefined;
      resolve({ wallMs, code, signal, treePeakBytes: peak.bytes, treePeakProcesses: peak.processes, largestBytes: kb ? Number(kb) * 1024 : null, stdout, stderr });
    });
  });
}

/** Writes the bench CSV and a scenario file into `dir`; returns their paths. */
export function writeInputs(dir: string, scale: number, scenario: Scenario): { csv: string; scenarioFile: string } {
  const csv = join(dir, `bench-book-${scale}k.csv`);
  const scenarioFile = join(dir, 'bench-scenario.json');
  writeFileSync(csv, benchCsv(scale));
  writeFileSync(scenarioFile, JSON.stringify(scenario));
  return { csv, scenarioFile };
}
