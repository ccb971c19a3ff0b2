import type { Factor } from '../../../shared/domain/scenario';
import type { MessageKey } from '../../../shared/i18n/messages-en';
import type { FitMethod, FitOptionsInput } from '../../../shared/model/fit/fit-types';
import { parseDecimal } from '../format/parse-decimal';

/** The fit's options as the form holds them: text as typed, so a half-typed λ or date is never reset. */
export type FitDraft = {
  method: FitMethod;
  lambdaText: string;
  /** YYYY-MM-DD from <input type="date">, or '' for none. */
  from: string;
  to: string;
  levelUnit: 'auto' | 'percent' | 'bp';
  mapping: Record<string, Factor | 'ignore'>;
};

export const INITIAL_DRAFT: FitDraft = { method: 'ledoit-wolf', lambdaText: '0.94', from: '', to: '', levelUnit: 'auto', mapping: {} };

export type DraftProblems = { lambda: MessageKey | null; window: MessageKey | null };

/** What is wrong with the draft, per field; λ only matters for EWMA. */
export function draftProblems(d: FitDraft): DraftProblems {
  const lambda = parseDecimal(d.lambdaText);
  const badLambda = d.method === 'ewma' && !(lambda !== null && lambda > 0 && lambda < 1);
  const oneDate = (d.from === '') !== (d.to === '');
  const badWindow = oneDate || (d.from !== '' && d.to !== '' && d.from > d.to);
  return { lambda: badLambda ? 'models.lambda.invalid' : null, window: badWindow ? 'models.window.invalid' : null };
}

/** The options the draft stands for; null while a field is wrong. */
export function draftOptions(d: FitDraft): FitOptionsInput | null {
  const problems = draftProblems(d);
  if (problems.lambda !== null || problems.window !== null) return null;
  return {
    method: d.method,
    ...(d.method === 'ewma' ? { lambda: parseDecimal(d.lambdaText)! } : {}),
    window: d.from !== '' ? { from: d.from, to: d.to } : null,
    mapping: d.mapping,
    levelUnit: d.levelUnit,
  };
}
