import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { migrateFxRates, needsFxMigration } from '../../shared/domain/fx-origin';
import { FxRate, type Settings } from '../../shared/domain/settings';
import type { BackendContext } from './context';

const FxFile = z.object({ _about: z.string().optional(), rates: z.record(z.string(), FxRate.omit({ origin: true })) });

/** The built-in FX table (resources/fx-rates.json), each rate marked as a built-in default. */
export function loadFxDefaults(resourcesDir: string): Settings['fxRates'] {
  const file = FxFile.parse(JSON.parse(readFileSync(join(resourcesDir, 'fx-rates.json'), 'utf8')));
  return Object.fromEntries(Object.entries(file.rates).map(([code, rate]) => [code, { ...rate, origin: { kind: 'default' as const } }]));
}

/** Settings saved before rates had an origin get one (fx-origin.ts says how); nothing is written when none is missing. */
export function ensureFxOrigins(ctx: BackendContext, defaults: Settings['fxRates']): void {
  const settings = ctx.state.read().settings;
  if (!needsFxMigration(settings.fxRates)) return;
  ctx.state.write('settings', { ...settings, fxRates: migrateFxRates(settings.fxRates, defaults) });
}
