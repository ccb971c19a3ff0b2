import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Scenario } from '../domain/scenario';
import { importHoldings } from '../import';
import { makeInput } from './fixtures';
import { runScenario } from './run';

/**
 * The sample book (resources/sample-portfolio.csv: a 40,000 margin loan against about 280,000 of holdings) at a fixed
 * seed, 2,000 paths. BEFORE are the numbers the engine gave before phase-two margin calls and income existed
 * (recorded on the parent commit, 2 shards). The sample book never breaches maintenance in phase two in these
 * scenarios, so with income switched off (every holding's incomeYield overridden to 0) phase one and the fan are
 * bit for bit what they were; with income on, phase one is unchanged and the fan is higher by the coupons and
 * dividends accrued.
 */
const WEEKS = [0, 6, 13, 26, 52];
const BEFORE = {
  'ai-capex-bust-no-ease': {
    meanLoss: 102097.01881725264,
    var95: 146978.7944318089,
    meanPathLoss: 99923.45503412621,
    p5: [91507.15625, 67057, 51559.84375, 38584.41015625, 30977.78515625],
    p50: [138702.109375, 123598.5390625, 111115.0546875, 100901.015625, 87746.3515625],
    p95: [173015.046875, 187039.09375, 194090.671875, 208147.578125, 229418.59375],
    endCash: -27500,
  },
  'miner-double-squeeze': {
    meanLoss: 81912.43751739491,
    var95: 117341.60088473748,
    meanPathLoss: 81783.52060246366,
    p5: [121210.78125, 102220.09375, 89373.46875, 69729.78125, 51858.1171875],
    p50: [157060.046875, 153986.96875, 151113.765625, 152008.28125, 152496.953125],
    p95: [188379.953125, 217491.6875, 233792.234375, 267327.59375, 304566.09375],
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
