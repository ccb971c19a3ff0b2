import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { importHoldings } from '../../shared/import';
import type { Portfolio } from '../../shared/domain';
import type { BackendContext } from './context';

export const SAMPLE_ID = 'sample';
export const SAMPLE_FILE = 'sample-portfolio.csv';

/** On first start, loads the sample book so the app shows something real at once. */
export function ensureSamplePortfolio(ctx: BackendContext): void {
  const state = ctx.state.read();
  if (state.sampleLoaded) return;
  const bytes = readFileSync(join(ctx.resourcesDir, SAMPLE_FILE));
  const outcome = importHoldings(new Uint8Array(bytes), { fileName: SAMPLE_FILE, overrides: state.overrides });
  if (!outcome.ok) throw new Error(`The bundled sample portfolio could not be read: ${outcome.reason}`);
  const now = ctx.now().toISOString();
  const sample: Portfolio = {
    id: SAMPLE_ID,
    name: 'Sample book',
    source: { fileName: SAMPLE_FILE, format: outcome.format, importedAt: now },
    holdings: outcome.holdings,
    fileFx: outcome.fileFx,
    issues: outcome.issues,
    updatedAt: now,
  };
  ctx.state.write('portfolios', { ...state.portfolios, [SAMPLE_ID]: sample });
  ctx.state.write('currentPortfolioId', state.currentPortfolioId ?? SAMPLE_ID);
  ctx.state.write('sampleLoaded', true);
}
