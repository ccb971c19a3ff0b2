import { randomUUID } from 'node:crypto';
import type { ColumnMappingInput, Handlers, ImportPreview } from '../../shared/api';
import { UserError } from '../../shared/api/dispatch';
import { valuePortfolio } from '../../shared/domain';
import { headerSignature, importHoldings } from '../../shared/import';
import { t } from '../../shared/i18n/translate';
import type { BackendContext } from './context';
import { nameFromFile, portfolioFromImport, uniqueName } from './portfolio-factory';
import { savePortfolio } from './portfolio-views';


/** Parses with the given mapping, else with the one remembered for this header, else automatically. */
function parse(bytes: Uint8Array, fileName: string, given: ColumnMappingInput | undefined, remembered: Record<string, ColumnMappingInput>) {
  if (given) return { outcome: importHoldings(bytes, { fileName, mapping: given }), mapping: given };
  const first = importHoldings(bytes, { fileName });
  const signature = first.ok ? first.headerSignature : headerSignature(first.columns);
  const known = first.columns.length > 0 ? remembered[signature] : undefined;
  if (!known) return { outcome: first, mapping: null };
  return { outcome: importHoldings(bytes, { fileName, mapping: known }), mapping: known };
}

export const importsHandlers = (ctx: BackendContext) => {
  const pending = ctx.previews;
  return {
    'imports.preview': ({ fileName, dataBase64, mapping, baseCurrency, fxUsdPerUnit }): ImportPreview => {
      const state = ctx.state.read();
      const bytes = new Uint8Array(Buffer.from(dataBase64, 'base64'));
      const { outcome, mapping: used } = parse(bytes, fileName, mapping, state.mappings);
      if (!outcome.ok) {
        // The refusal as the importer said it: the English reason, and its key and params for the reader's language.
        return { ...outcome, fileName, headerSignature: headerSignature(outcome.columns) };
      }
      const previewId = randomUUID();
      pending.put(previewId, { outcome, fileName, mapping: used });
      const portfolio = portfolioFromImport(outcome, { id: previewId, name: nameFromFile(fileName), fileName, now: ctx.now(), overrides: state.overrides });
      const fx = fxUsdPerUnit
        ? { ...state.settings.fxRates, ...Object.fromEntries(Object.entries(fxUsdPerUnit).map(([c, usdPerUnit]) => [c, { usdPerUnit, asOf: '', source: '', origin: { kind: 'commandLine' as const } }])) }
        : state.settings.fxRates;
      return {
        ok: true,
        previewId,
        fileName,
        format: outcome.format,
        portfolio,
        valuation: valuePortfolio(portfolio, { baseCurrency: baseCurrency ?? state.settings.baseCurrency, fxRates: fx }),
        issues: outcome.issues,
        checkFigures: outcome.checkFigures,
        columns: outcome.columns,
        headerSignature: outcome.headerSignature,
        mapping: used,
      };
    },
    'imports.confirm': ({ previewId, replaceId, name }) => {
      const found = pending.get(previewId);
      if (!found) throw new UserError('not_found', t('error.previewGone'));
      const state = ctx.state.read();
      const replaced = replaceId ? state.portfolios[replaceId] : undefined;
      if (replaceId && !replaced) throw new UserError('not_found', t('error.notFound', { id: replaceId }));
      const portfolio = portfolioFromImport(found.outcome, {
        id: replaced?.id ?? `p-${randomUUID().slice(0, 8)}`,
        name: name ?? replaced?.name ?? uniqueName(nameFromFile(found.fileName), state.portfolios),
        fileName: found.fileName,
        now: ctx.now(),
        overrides: state.overrides,
      });
      if (found.mapping) ctx.state.write('mappings', { ...state.mappings, [found.outcome.headerSignature]: found.mapping });
      pending.delete(previewId);
      const view = savePortfolio(ctx, portfolio);
      ctx.state.write('currentPortfolioId', portfolio.id);
      return view;
    },
  } satisfies Partial<Handlers>;
};

