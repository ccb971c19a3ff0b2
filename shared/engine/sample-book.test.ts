import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Scenario } from '../domain/scenario';
import { importHoldings } from '../import';
import { makeInput } from './fixtures';
import { runScenario } from './run';

/**
 * The sample book (resources/sample-portfolio.csv: a 40,000 margin loan against about 280,000 of holdings) at a fixed
 * seed, 2,000 paths. BEFORE are the numbers the engine gave before phase-two margin calls and income existed
 * (recorded on the commit before them, with the per-symbol Treasury durations, 2 shards). The sample book never breaches maintenance in phase two in these
 * scenarios, so with income switched off (every holding's incomeYield overridden to 0) phase one and the fan are
 * bit for bit what they were; with income on, phase one is unchanged and the fan is higher by the coupons and
 * dividends accrued.
 */
const WEEKS = [0, 6, 13, 26, 52];
const BEFORE = {
  'ai-capex-bust-no-ease': {
    meanLoss: 102582.5521128876,
    var95: 147715.38027824071,
    meanPathLoss: 100420.45733374167,
    p5: [90848.1875, 66343.4765625, 50754.83984375, 37704.5234375, 29986.9609375],
    p50: [138244.828125, 123347.484375, 110881.1875, 100485.375, 87326.5703125],
    p95: [172712.453125, 187028.046875, 193972.46875, 208679.234375, 230990.125],
    endCash: -27500,
  },
  'miner-double-squeeze': {
    meanLoss: 82801.96021286826,
    var95: 118638.20249292196,
    meanPathLoss: 82676.39709444411,
    p5: [119942.640625, 100819.2578125, 88028.6484375, 68214.84375, 50177.8125],
    p50: [156258.046875, 153077.0625, 150118.5, 151340.421875, 151962.5],
    p95: [187684.46875, 217500.109375, 233459.609375, 267956.21875, 305535.8125],
    endCash: -27500,
  },
} as const;

const imported = importHoldings(new Uint8Array(readFileSync(new URL('../../resources/sample-portfolio.csv', import.meta.url))), { fileName: 'sample.csv' });
if (!imported.ok) throw new Error(imported.reason);
const holdings = imported.holdings;
const noIncome = Object.fromEntries(holdings.map((h) => [h.id, { incomeYield: 0 }]));
const scenarioOf = (id: string) => ({
  ...Scenario.parse(JSON.parse(readFileSync(new URL(`../../resources/scenarios/${id}.json`, import.meta.url), 'utf8'))),
  run: { paths: 2000, seed: 7 },
});

describe('the sample book before and after phase-two margin calls and income', () => {
  for (const [id, before] of Object.entries(BEFORE)) {
    it(`${id}: no phase-two call; without income the same phase one and fan as before, bit for bit`, () => {
      const r = runScenario(makeInput(holdings, scenarioOf(id), noIncome), { shards: 2 });
      expect(r.phaseTwo.marginCall).toEqual({ probability: 0, medianWeek: null, lockedLoss: 0, meanPath: { triggered: false, week: null, lockedLoss: 0 } });
      expect(r.phaseOne.meanLoss).toBe(before.meanLoss);
      expect(r.phaseOne.var95).toBe(before.var95);
      expect(r.phaseOne.meanPath!.loss).toBe(before.meanPathLoss);
      expect(WEEKS.map((t) => r.phaseTwo.p5[t])).toEqual(before.p5);
      expect(WEEKS.map((t) => r.phaseTwo.p50[t])).toEqual(before.p50);
      expect(WEEKS.map((t) => r.phaseTwo.p95[t])).toEqual(before.p95);
      expect(r.phaseTwo.endByExposure.cash).toBe(before.endCash);
      expect(r.phaseTwo.income).toEqual({ mean: 0, meanPath: 0 });
    });

    it(`${id}: with income phase one is unchanged and the fan gains the income accrued`, () => {
      const one = runScenario(makeInput(holdings, scenarioOf(id)), { shards: 1 });
      const two = runScenario(makeInput(holdings, scenarioOf(id)), { shards: 2 });
      expect(two).toEqual(one);
      expect(one.phaseOne.meanLoss).toBe(before.meanLoss);
      expect(one.phaseOne.var95).toBe(before.var95);
      const income = one.phaseTwo.income!;
      // About 280,000 of holdings at the default yields and the two bonds' own coupons: a few thousand a year.
      expect(income.mean).toBeGreaterThan(3_000);
      expect(income.mean).toBeLessThan(15_000);
      expect(one.phaseTwo.endByExposure.cash).toBeCloseTo(before.endCash + income.mean, 6);
      expect(one.phaseTwo.p50[0]).toBe(before.p50[0]);
      expect(one.phaseTwo.p50[52]! - before.p50[4]).toBeGreaterThan(0);
    });
  }
});
