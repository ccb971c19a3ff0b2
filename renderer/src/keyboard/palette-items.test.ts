import { describe, expect, it } from 'vitest';
import type { RunSummary, ScenarioSummary } from '../../../shared/api/runs-api';
import { t } from '../../../shared/i18n/translate';
import { filterEntries } from './palette-filter';
import { kindLabelKey, paletteItems } from './palette-items';

const RUN: RunSummary = {
  runId: 'run-1',
  portfolioName: 'Sample book',
  scenarioId: 'ai-capex-bust',
  scenarioName: 'AI capex bust',
  paths: 20_000,
  seed: 7,
  baseCurrency: 'USD',
  meanLoss: 1000,
  meanLossPct: 0.1,
  createdAt: '2026-11-20T14:30:00Z',
};
const SCENARIO: ScenarioSummary = { id: 'miner-squeeze', name: 'Miner double squeeze', description: 'Bitcoin falls.', builtIn: true, sources: [] };

const build = (busy = false) =>
  paletteItems({ runs: [RUN], scenarios: [SCENARIO], busy, t, dateTime: (iso) => iso.slice(0, 10), number: (n) => n.toLocaleString('en-US') });

describe('paletteItems', () => {
  it('offers the six screens, then the saved runs, then the scenarios', () => {
    const items = build();
    expect(items.map((i) => i.id)).toEqual([
      'screen:portfolio',
      'screen:scenarios',
      'screen:results',
      'screen:compare',
      'screen:report',
      'screen:settings',
      'run:run-1',
      'scenario:miner-squeeze',
    ]);
    expect(items.map((i) => t(kindLabelKey(i.target)))).toEqual([...Array(6).fill('Screen'), 'Saved run', 'Scenario']);
  });

  it('describes a saved run by its book, date and paths, and a scenario by its origin', () => {
    const [run, scenario] = build().slice(6);
    expect(run).toMatchObject({ name: 'AI capex bust', detail: 'Sample book · 2026-11-20 · 20,000 paths', target: { kind: 'run', runId: 'run-1' } });
    expect(scenario).toMatchObject({ name: 'Miner double squeeze', detail: 'Built in · Bitcoin falls.', target: { kind: 'scenario', scenarioId: 'miner-squeeze' } });
  });

  it('holds saved runs back while a run is under way, saying why', () => {
    expect(build(true).find((i) => i.target.kind === 'run')?.disabledReason).toBe('Opens when the run under way is over');
    expect(build(true).filter((i) => i.disabledReason !== null)).toHaveLength(1);
  });

  it('finds a run by its portfolio and a screen by its label', () => {
    expect(filterEntries(build(), 'sample').map((i) => i.id)).toEqual(['run:run-1']);
    expect(filterEntries(build(), 'compa').map((i) => i.id)).toEqual(['screen:compare']);
  });
});
