import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { importHoldings } from '../../shared/import';
import type { BackendContext } from './context';
import { portfolioFromImport } from './portfolio-factory';

export const SAMPLE_ID = 'sample';
export const SAMPLE_FILE = 'sample-portfolio.csv';

/** On first start, loads the sample book so the app shows something real at once. */
export function ensureSamplePortfolio(ctx: BackendContext): void {
  const state = ctx.state.read();
  if (state.sampleLoaded) return;
  const bytes = readFileSync(join(ctx.resourcesDir, SAMPLE_FILE));
  const outcome = importHoldings(new Uint8Array(bytes), { fileName: SAMPLE_FILE });
  if (!outcome.ok) throw new Error(`The bundled sample portfolio could not be read: ${outcome.reason}`);
  const sample = portfolioFromImport(outcome, {
    id: SAMPLE_ID,
    name: 'Sample book',
    fileName: SAMPLE_FILE,
    now: ctx.now(),
    overrides: state.overrides,
  });
  ctx.state.write('portfolios', { ...state.portfolios, [SAMPLE_ID]: sample });
  ctx.state.write('currentPortfolioId', state.currentPortfolioId ?? SAMPLE_ID);
  ctx.state.write('sampleLoaded', true);
}
