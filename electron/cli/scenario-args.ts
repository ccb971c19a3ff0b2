import { FACTOR_UNIT, FACTORS, Scenario, type Factor } from '../../shared/domain/scenario';
import { scenarioName } from '../../shared/i18n/builtin-text';
import { t } from '../../shared/i18n/translate';
import { CliUsageError } from './cli-command';
import { briefZodError } from '../../shared/api/brief-zod-error';

/**
 * `AI_EQ=-30%,BTC=-45%,HY=+400bp` → { AI_EQ: −0.30, BTC: −0.45, HY: 400 }. Return-like factors take %, spread and
 * rate factors take bp; a number without its unit, or with the wrong one, is refused with a sentence.
 */
export function parseShocks(text: string): Partial<Record<Factor, number>> {
  const shocks: Partial<Record<Factor, number>> = {};
  for (const part of text.split(',').filter((p) => p.trim() !== '')) {
    const match = /^\s*([A-Za-z_]+)\s*=\s*([+-]?\d+(?:\.\d+)?)\s*(%|bp)\s*$/.exec(part);
    const factor = match?.[1]?.toUpperCase() as Factor | undefined;
    if (!match || !factor || !(FACTORS as readonly string[]).includes(factor)) {
      throw new CliUsageError(t('cli.badShock', { part, factors: FACTORS.join(', ') }));
    }
    const unit = FACTOR_UNIT[factor] === 'bp' ? 'bp' : '%';
    if (match[3] !== unit) throw new CliUsageError(t('cli.shockUnit', { factor, unit }));
    shocks[factor] = unit === '%' ? Number(match[2]) / 100 : Number(match[2]);
  }
  return shocks;
}

/** A scenario made of shocks alone: the other settings come from `template` (a built-in, so they keep its sources). */
export function adHocScenario(shocks: Partial<Record<Factor, number>>, template: Scenario): Scenario {
  const label = Object.entries(shocks)
    .map(([f, v]) => (FACTOR_UNIT[f as Factor] === 'bp' ? `${f} ${v >= 0 ? '+' : ''}${v} bp` : `${f} ${Math.round(v * 1000) / 10} %`))
    .join(', ');
  return {
    ...template,
    id: 'ad-hoc',
    name: t('cli.adHocName', { shocks: label }),
    description: t('cli.adHocDescription', { template: scenarioName(template) }),
    phaseOne: { ...template.phaseOne, shocks },
  };
}

/** A scenario file given on the command line, checked with the scenario schema. */
export function parseScenarioFile(text: string, file: string): Scenario {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    throw new Error(t('cli.scenarioNotJson', { file, details: (err as Error).message }), { cause: err });
  }
  const parsed = Scenario.safeParse(json);
  if (!parsed.success) throw new Error(t('cli.scenarioInvalid', { file, details: briefZodError(parsed.error) }));
  return parsed.data;
}
