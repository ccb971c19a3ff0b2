import { UserError } from '../../shared/api/dispatch';
import type { Portfolio } from '../../shared/domain';
import { t } from '../../shared/i18n/translate';
import type { BackendContext } from './context';
import { portfolioFromImport } from './portfolio-factory';
import { findPortfolio } from './portfolio-views';
import type { PreviewStore } from './preview-store';

/** The book a request names: an import preview (the CLI's FILE), a saved portfolio, or the open one. */
export function requestPortfolio(ctx: BackendContext, previews: PreviewStore, req: { portfolioId?: string; previewId?: string }): Portfolio {
  if (!req.previewId) return findPortfolio(ctx, req.portfolioId);
  const pending = previews.get(req.previewId);
  if (!pending) throw new UserError('not_found', t('error.previewGone'));
  const overrides = ctx.state.read().overrides;
  return portfolioFromImport(pending.outcome, { id: req.previewId, name: pending.fileName, fileName: pending.fileName, now: ctx.now(), overrides });
}
