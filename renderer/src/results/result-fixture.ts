import type { RunRecord } from '../../../shared/api/runs-api';
import type { Scenario } from '../../../shared/domain/scenario';
import type { RunResult } from '../../../shared/engine/run-result';

/** The factors this fixture leaves at 0 (regions and currencies). */
const OTHER_FACTORS = { EQ_CN: 0, EQ_EU: 0, EQ_JP: 0, FX_EUR: 0, FX_JPY: 0, FX_CNH: 0, FX_HKD: 0, FX_GBP: 0 };

/** For tests: a small, hand-checked run result (start value 100,000 USD; horizon 26 weeks unless told). */
export function makeResult(horizon = 26): RunResult {
  const weeks = Array.from({ length: horizon + 1 }, (_, t) => t);
  const p50 = weeks.map((t) => 80_000 + t * 500);
  return {
    meta: { seed: 7, paths: 1000, scenarioId: 's', baseCurrency: 'USD', excludedHoldings: [], statistics: 'exact' },
    phaseOne: {
      startValue: 100_000,
      meanLoss: 20_000,
      meanLossPct: 0.2,
      var95: 30_000,
      var99: 40_000,
      es975: 42_000,
      // Over paths: −1,000 + 15,000 + 6,000 = 20,000 = meanLoss.
      attribution: 'paths',
      byExposure: { govt: -1_000, ai_equity: 15_000, btc: 6_000 },
      byHolding: [
        { holdingId: 'h1', symbol: 'TLT', account: 'A', value: 10_000, loss: -1_000, forcedSaleCost: 0 },
        { holdingId: 'h2', symbol: 'NVDA', account: 'A', value: 30_000, loss: 15_000, forcedSaleCost: 0 },
        { holdingId: 'h3', symbol: 'IBIT', account: 'B', value: 12_000, loss: 6_000, forcedSaleCost: 0 },
      ],
      meanPath: { loss: 19_500, byExposure: { govt: -1_000, ai_equity: 14_600, btc: 5_900 }, byHolding: [-1_000, 14_600, 5_900] },
      marginCall: { triggered: false, forcedSales: [], lockedInLoss: 0, daysToComplete: 0, probability: 0.05 },
      factors: { AI_EQ: -0.4, EQ: -0.2, BTC: -0.35, ALT: -0.5, HY: 350, IG: 120, RATE: -45.6, PC: -0.1, GPU_RENT: -0.3, GPU_RESALE: -0.25, LIQ: -0.6, ...OTHER_FACTORS },
      plausibility: { mahalanobis: 10.24, sigma: 3.2 },
      lossHistogram: { edges: [0, 1], counts: [1] },
    },
    phaseTwo: {
      weeks,
      p5: p50.map((v) => v - 10_000),
      p25: p50.map((v) => v - 5_000),
      p50,
      p75: p50.map((v) => v + 5_000),
      p95: p50.map((v) => v + 10_000),
      recoveryProbability: weeks.map((t) => t / (2 * horizon)),
      medianWeeksToRecover: null,
      defaults: { expected: 0.3, byHolding: [] },
      endByExposure: { cash: 1_000 },
      endHistogram: { edges: [0, 1], counts: [1] },
      liquidityLadder: {
        days: [1, 7, 30, 90, 180, 365],
        cashRaisable: [10, 20, 30, 40, 50, 60],
        costs: [1, 2, 3, 4, 5, 6],
        byExposure: {},
        loan: 0,
        cashNeed: null,
      },
    },
  };
}

export const testScenario: Scenario = {
  version: 1,
  id: 's',
  name: 'AI capex bust',
  description: 'Capex is cut.',
  sources: [],
  phaseOne: { shocks: { AI_EQ: -0.4, HY: 350 }, horizonWeeks: 4 },
  correlationConvergence: 0.5,
  severityDispersion: 0.3,
  phaseTwo: { regime: 'ease', horizonWeeks: 26 },
  liquidity: { participation: 0.15, impactY: 1, cashNeed: null },
  run: { paths: 20_000, seed: 42 },
};

export function makeRecord(runId: string, result: RunResult = makeResult()): RunRecord {
  return {
    runId,
    createdAt: '2026-11-20T14:30:00Z',
    meta: {
      seed: 7,
      paths: 1000,
      workers: 2,
      appVersion: '0.1.0',
      inputHash: 'abcdef0123456789abcdef',
      scenario: testScenario,
      portfolioId: 'p',
      portfolioName: 'Sample',
      elapsedMs: 3456,
    },
    result,
  };
}
