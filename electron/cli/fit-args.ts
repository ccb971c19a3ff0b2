import { Factor, FACTORS } from '../../shared/domain/scenario';
import { t } from '../../shared/i18n/translate';
import { parseDate } from '../../shared/model/fit/dates';
import { FitMethod, type FitOptionsInput } from '../../shared/model/fit/fit-types';
import { CliUsageError, type CliValues } from './cli-command';
import { LAMBDA, numberArg } from './number-args';

const text = (values: CliValues, option: string): string | undefined => (typeof values[option] === 'string' ? (values[option] as string) : undefined);

/** `--window 2022-01-01..2022-12-31` → { from, to }; a sentence on anything else. */
export function parseWindow(value: string): { from: string; to: string } {
  const [a, b, ...rest] = value.split('..');
  const from = parseDate(a ?? '');
  const to = parseDate(b ?? '');
  if (rest.length > 0 || from === null || to === null || from > to || !/^\d{4}-\d{2}-\d{2}$/.test((a ?? '').trim())) throw new CliUsageError(t('cli.fit.badWindow', { value }));
  return { from, to };
}

/** `--map "Bitcoin close=BTC,Notes=ignore"` → { 'Bitcoin close': 'BTC', Notes: 'ignore' }. */
export function parseMapping(value: string): Record<string, Factor | 'ignore'> {
  return Object.fromEntries(
    value
      .split(',')
      .filter((part) => part.trim() !== '')
      .map((part) => {
        const at = part.lastIndexOf('=');
        const header = part.slice(0, at).trim();
        const code = part.slice(at + 1).trim().toUpperCase();
        const factor = code === 'IGNORE' ? 'ignore' : Factor.safeParse(code).data;
        if (at <= 0 || header === '' || factor === undefined) throw new CliUsageError(t('cli.fit.badMap', { part, factors: FACTORS.join(', ') }));
        return [header, factor];
      }),
  );
}

/**
 * The fit's options from the command line. Without --method: --lambda means EWMA, --window alone the sample
 * covariance of that window, neither the default (Ledoit–Wolf shrinkage over the whole history).
 */
export function fitOptionsFrom(values: CliValues): FitOptionsInput {
  const windowText = text(values, 'window');
  const methodText = text(values, 'method');
  const levels = text(values, 'levels');
  const mapText = text(values, 'map');
  const lambda = numberArg(values, 'lambda', LAMBDA);
  const method = methodText === undefined ? undefined : FitMethod.safeParse(methodText.toLowerCase()).data;
  if (methodText !== undefined && method === undefined) throw new CliUsageError(t('cli.fit.badMethod', { value: methodText }));
  if (levels !== undefined && !['auto', 'percent', 'bp'].includes(levels)) throw new CliUsageError(t('cli.fit.badLevelUnit', { value: levels }));
  const window = windowText === undefined ? undefined : parseWindow(windowText);
  return {
    method: method ?? (lambda !== undefined ? 'ewma' : window ? 'sample' : 'ledoit-wolf'),
    ...(lambda !== undefined ? { lambda } : {}),
    ...(window ? { window } : {}),
    ...(mapText !== undefined ? { mapping: parseMapping(mapText) } : {}),
    ...(levels !== undefined ? { levelUnit: levels as 'auto' | 'percent' | 'bp' } : {}),
  };
}
