import { describe, expect, it } from 'vitest';
import easeJson from '../../../resources/scenarios/ai-capex-bust-ease.json';
import { Scenario } from '../../../shared/domain/scenario';
import { mergeShards, prepareRun } from '../../../shared/engine';
import { DEFAULT_RESOURCES } from '../../../shared/model/default-resources';
import { createFormatters } from '../format/format';
import { scenarioToDraft } from './draft';
import { draftToScenario } from './draft-validation';
import { computePreview, EMPTY_BOOK, exposureRows, previewBook } from './preview';
import { sampleLikePortfolio } from './sample-book.fixture';

const ease = Scenario.parse(easeJson);
const book = previewBook(sampleLikePortfolio(), { baseCurrency: 'USD', fxRates: {} });
const fmt = createFormatters('en-US', 'USD');

describe('the deterministic preview', () => {
  it('values the book and gives the mean-path phase-one loss and its share of the start', () => {
    expect(book.holdings).toHaveLength(20);
    const p = computePreview(book, ease);
    expect(p.startValue).toBeCloseTo(238_600.33, 2);
    expect(p.loss).toBeGreaterThan(0);
    expect(p.lossPct).toBeCloseTo(p.loss / p.startValue, 12);
    expect(p.plausibility.sigma).toBeCloseTo(Math.sqrt(p.plausibility.mahalanobis), 12);
  });

  it('is the engine’s own 0-path result, whatever paths the scenario asks for', () => {
    const p = computePreview(book, ease);
    const run = mergeShards(
      prepareRun({ baseCurrency: 'USD', holdings: book.holdings, scenario: { ...ease, run: { paths: 0, seed: ease.run.seed } }, resources: DEFAULT_RESOURCES }),
      [],
    );
    expect(p.loss).toBe(run.phaseOne.meanLoss);
    expect(p.plausibility).toEqual(run.phaseOne.plausibility);
  });

  it('sorts the loss by exposure, largest first, with shares of the total', () => {
    const rows = computePreview(book, ease).byExposure;
    expect(rows[0]?.tag).toBe('ai_equity');
    for (let i = 1; i < rows.length; i++) expect(rows[i - 1]!.loss).toBeGreaterThanOrEqual(rows[i]!.loss);
    expect(rows.reduce((a, r) => a + (r.share ?? 0), 0)).toBeCloseTo(1, 9);
    expect(exposureRows({ btc: 10, cash: 0, govt: -5 })).toEqual([
      { tag: 'btc', loss: 10, share: 2 },
      { tag: 'govt', loss: -5, share: -1 },
    ]);
  });

  it('grows the loss as an AI-equity slider moves down', () => {
    const draft = scenarioToDraft(ease, DEFAULT_RESOURCES.regimes);
    const lossAt = (text: string) => {
      const check = draftToScenario({ ...draft, shocks: { ...draft.shocks, AI_EQ: { included: true, text } } }, fmt);
      if (!check.ok) throw new Error('invalid');
      return computePreview(book, check.scenario).loss;
    };
    expect(lossAt('-60')).toBeGreaterThan(lossAt('-40'));
    expect(lossAt('-40')).toBeGreaterThan(lossAt('-20'));
  });

  it('scores the plausibility without a book, the same as with one', () => {
    expect(computePreview(EMPTY_BOOK, ease).plausibility).toEqual(computePreview(book, ease).plausibility);
    expect(computePreview(EMPTY_BOOK, ease).loss).toBe(0);
  });
});
