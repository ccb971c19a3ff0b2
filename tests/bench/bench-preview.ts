/**
 * Live scenario preview benchmark (not a test): the Scenarios editor's mean-path preview, one slider step at a time
 * (draft check + prepareRun at 0 paths + merge) on a book like the sample portfolio. Run by `npm run bench`, or alone:
 * `npx tsx tests/bench/bench-preview.ts`. Target: ≤ 50 ms per step (the worst of 76 steps), ideally a few ms.
 */
import easeJson from '../../resources/scenarios/ai-capex-bust-ease.json';
import { Scenario } from '../../shared/domain/scenario';
import { DEFAULT_RESOURCES } from '../../shared/model/default-resources';
import { createFormatters } from '../../renderer/src/format/format';
import { scenarioToDraft } from '../../renderer/src/scenarios/draft';
import { draftToScenario } from '../../renderer/src/scenarios/draft-validation';
import { computePreview, previewBook } from '../../renderer/src/scenarios/preview';
import { sampleLikePortfolio } from '../../renderer/src/scenarios/sample-book.fixture';

export function measurePreview(): { median: number; worst: number; steps: number } {
  const ease = Scenario.parse(easeJson);
  const book = previewBook(sampleLikePortfolio(), { baseCurrency: 'USD', fxRates: {} });
  const fmt = createFormatters('en-US', 'USD');
  const draft = scenarioToDraft(ease, DEFAULT_RESOURCES.regimes);
  const step = (pct: number) => {
    const check = draftToScenario({ ...draft, shocks: { ...draft.shocks, AI_EQ: { included: true, text: String(pct) } } }, fmt);
    if (!check.ok) throw new Error('invalid draft');
    return computePreview(book, check.scenario).loss;
  };
  for (let i = 0; i < 5; i++) step(-40 + i); // warm up, as a slider that has moved once
  const times: number[] = [];
  for (let pct = -100; pct <= 50; pct += 2) {
    const t0 = performance.now();
    step(pct);
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return { median: times[Math.floor(times.length / 2)]!, worst: times[times.length - 1]!, steps: times.length };
}

export function printPreview(): void {
  const { median, worst, steps } = measurePreview();
  console.log(`live scenario preview (sample-like book, ${steps} slider steps)  median ${median.toFixed(2)} ms, worst ${worst.toFixed(2)} ms  (target ≤ 50 ms)`);
}

if (import.meta.url === `file://${process.argv[1]}`) printPreview();
