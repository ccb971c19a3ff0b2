import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiClient } from '../../shared/api';
import { lineWords } from '../../shared/domain/citation';
import { Scenario } from '../../shared/domain/scenario';
import type { RunResult } from '../../shared/engine/run-result';
import { appRoot, freshDataDir, openBackend, runAndWait } from './backend-helpers';

/**
 * The built-in scenario library (resources/scenarios): every file is a valid, sourced scenario, every one runs on the
 * sample book, and the results differ the way the scenarios' stories say. One back end, runs one at a time, 4,000
 * paths each (seeds fixed by the scenario files).
 */
const dir = join(appRoot, 'resources/scenarios');
const files = readdirSync(dir).filter((f) => f.endsWith('.json')).sort();
const library = files.map((file) => ({ file, scenario: Scenario.parse(JSON.parse(readFileSync(join(dir, file), 'utf8'))) }));

const SEVEN = [
  'ai-capex-bust-ease',
  'ai-capex-bust-no-ease',
  'miner-double-squeeze',
  'gpu-collateral-fire-sale',
  'replay-2022-crypto-winter',
  'replay-march-2020',
  'flash-august-2024-carry-unwind',
] as const;
type Id = (typeof SEVEN)[number];
const PATHS = 4000;

/** Sentences of a description: a full stop, ! or ? followed by a space and a capital letter ("12.4 %" is not a break). */
const sentences = (text: string) => text.trim().split(/(?<=[.!?])\s+(?=[A-Z])/).length;

describe('built-in scenario library', () => {
  it('holds the seven scenarios, each valid, named after its file and unique', () => {
    expect(library.map((s) => s.scenario.id)).toEqual(expect.arrayContaining([...SEVEN]));
    for (const { file, scenario } of library) expect(`${scenario.id}.json`).toBe(file);
    expect(new Set(library.map((s) => s.scenario.id)).size).toBe(library.length);
    for (const { scenario } of library) expect(scenario.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it('says what story each one tells in two or three sentences, and where every number comes from', () => {
    for (const { scenario } of library) {
      const n = sentences(scenario.description);
      expect(n, `${scenario.id}: ${n} sentences`).toBeGreaterThanOrEqual(2);
      expect(n, `${scenario.id}: ${n} sentences`).toBeLessThanOrEqual(3);
      expect(scenario.sources.length, scenario.id).toBeGreaterThan(0);
      // Each source line cites the source registry or says that it is an assumption (shared/sources/resource-citations.test.ts checks the ids).
      for (const line of scenario.sources) expect(typeof line !== 'string' && (line.cite !== undefined || line.assumption !== undefined), `${scenario.id}: ${JSON.stringify(line)}`).toBe(true);
      // Every core shock is mentioned in the sources.
      for (const factor of Object.keys(scenario.phaseOne.shocks)) expect(scenario.sources.map(lineWords).join('\n'), `${scenario.id}: ${factor}`).toContain(factor);
      expect(scenario.run.paths, scenario.id).toBe(20_000);
    }
  });

  describe('on the sample book', () => {
    let api: ApiClient & { dispose: () => void };
    const results = new Map<Id, RunResult>();
    let startByExposure: Record<string, number> = {};
    const result = (id: Id): RunResult => {
      const r = results.get(id);
      if (!r) throw new Error(`${id} did not run`);
      return r;
    };
    /** Phase-one mean-path loss of an exposure as a share of its start value. */
    const lossShare = (id: Id, tag: string) => (result(id).phaseOne.byExposure[tag as 'miner_debt'] ?? 0) / startByExposure[tag]!;
    /** The exposure that loses the largest share of its start value in a scenario. */
    const hardestHit = (id: Id) =>
      Object.keys(result(id).phaseOne.byExposure)
        .filter((tag) => (startByExposure[tag] ?? 0) > 0)
        .map((tag) => [tag, lossShare(id, tag)] as const)
        .sort((a, b) => b[1] - a[1])[0]![0];

    beforeAll(async () => {
      api = openBackend(freshDataDir());
      const preview = await api['imports.preview']({
        fileName: 'sample-portfolio.csv',
        dataBase64: readFileSync(join(appRoot, 'resources/sample-portfolio.csv')).toString('base64'),
      });
      if (!preview.ok) throw new Error(preview.reason);
      startByExposure = Object.fromEntries(Object.entries(preview.valuation.byExposureBaseCents).map(([tag, cents]) => [tag, cents / 100]));
      for (const id of SEVEN) {
        const run = await runAndWait(api, { previewId: preview.previewId, scenarioId: id, paths: PATHS });
        expect(run.status, `${id}: ${run.message ?? ''}`).toBe('done');
        const record = await api['runs.get']({ runId: run.runId });
        expect(record.meta.scenario.run).toMatchObject({ paths: PATHS });
        results.set(id, record.result);
      }
    }, 60_000);
    afterAll(() => api?.dispose());

    it('runs every scenario to the end with a loss, a fan and recovery odds', () => {
      for (const id of SEVEN) {
        const r = result(id);
        expect(r.meta.paths, id).toBe(PATHS);
        expect(r.phaseOne.meanLoss, id).toBeGreaterThan(0);
        expect(r.phaseOne.var99, id).toBeGreaterThanOrEqual(r.phaseOne.var95);
        expect(Number.isFinite(r.phaseOne.plausibility.sigma), id).toBe(true);
        expect(r.phaseTwo.p50.length, id).toBe(r.phaseTwo.recoveryProbability.length);
      }
    });

    it('recovers less by week 52 without easing than with it', () => {
      const ease = result('ai-capex-bust-ease').phaseTwo;
      const noEase = result('ai-capex-bust-no-ease').phaseTwo;
      expect(noEase.recoveryProbability[52]!).toBeLessThan(ease.recoveryProbability[52]!);
      expect(noEase.p50[52]!).toBeLessThan(ease.p50[52]!);
      // By a wide margin, not by noise: ease ≈ 0.7 of paths back by week 52, no easing ≈ 0.05.
      expect(ease.recoveryProbability[52]! - noEase.recoveryProbability[52]!).toBeGreaterThan(0.3);
    });

    it('hits miner debt harder in the double squeeze than in the AI bust, and harder than anything else in the book', () => {
      const squeeze = result('miner-double-squeeze').phaseOne.byExposure.miner_debt!;
      const bust = result('ai-capex-bust-ease').phaseOne.byExposure.miner_debt!;
      expect(squeeze).toBeGreaterThan(bust);
      expect(lossShare('miner-double-squeeze', 'miner_debt')).toBeGreaterThan(lossShare('ai-capex-bust-ease', 'miner_debt'));
      // The squeeze's largest loss as a share of start value is miner debt's.
      expect(hardestHit('miner-double-squeeze')).toBe('miner_debt');
    });

    it('hits GPU-backed debt hardest in the collateral fire sale, harder than the AI bust and the miner squeeze do', () => {
      expect(hardestHit('gpu-collateral-fire-sale')).toBe('ai_infra_debt');
      expect(lossShare('gpu-collateral-fire-sale', 'ai_infra_debt')).toBeGreaterThan(lossShare('ai-capex-bust-ease', 'ai_infra_debt') + 0.1);
      expect(lossShare('gpu-collateral-fire-sale', 'ai_infra_debt')).toBeGreaterThan(lossShare('miner-double-squeeze', 'ai_infra_debt'));
    });

    it('recovers from the August 2024 flash within weeks (the control case)', () => {
      // The model supports both readings: about 70 % of paths are back at the start value by week 4 and the median
      // time to recover is about two weeks.
      const flash = result('flash-august-2024-carry-unwind').phaseTwo;
      expect(flash.recoveryProbability[4]!).toBeGreaterThanOrEqual(0.5);
      expect(flash.medianWeeksToRecover).not.toBeNull();
      expect(flash.medianWeeksToRecover!).toBeLessThanOrEqual(4);
      expect(flash.recoveryProbability[4]!).toBeGreaterThan(result('ai-capex-bust-ease').phaseTwo.recoveryProbability[4]!);
    });

    it('recovers from March 2020 (Fed response) faster than from the 2022 crypto winter (no rescue, ~16 months)', () => {
      const march = result('replay-march-2020').phaseTwo.medianWeeksToRecover;
      const winter = result('replay-2022-crypto-winter').phaseTwo.medianWeeksToRecover;
      expect(march).not.toBeNull();
      expect(winter).not.toBeNull();
      expect(march!).toBeLessThan(winter!);
    });
  });
});
