import { FACTOR_UNIT, FACTORS, type Scenario } from '../domain/scenario';
import { scenarioName } from '../i18n/builtin-text';
import { t, textLocale } from '../i18n/translate';
import type { ReverseAnswer, ReverseTarget } from './reverse-stress';

/** Six decimals of a fraction (0.0001 %), a hundredth of a basis point: far below what moves the loss by 0.5 %. */
const rounded = (factor: (typeof FACTORS)[number], v: number) => (FACTOR_UNIT[factor] === 'bp' ? Math.round(v * 100) / 100 : Math.round(v * 1e6) / 1e6);

/**
 * The reverse stress test's answer as an ordinary scenario: every factor a core shock (so its plausibility score is the
 * answer's d and a 0-path run loses the target), phase two, liquidity and run settings from the template. Its name,
 * story and source line are written once, in the language of the moment, as any scenario a person saves.
 */
export function reverseScenario(answer: Extract<ReverseAnswer, { reached: true }>, template: Scenario, target: ReverseTarget, now: Date): Scenario {
  const pct = new Intl.NumberFormat(textLocale(), { style: 'percent', maximumFractionDigits: 1 });
  const num = new Intl.NumberFormat(textLocale(), { maximumFractionDigits: 2 });
  const share = target.kind === 'lossFraction' ? target.fraction : answer.loss / answer.startValue;
  const stamp = now.toISOString().replace(/\D/g, '').slice(0, 14);
  const words = { loss: pct.format(share), d: num.format(answer.d), template: scenarioName(template) };
  return {
    ...template,
    version: 1,
    id: `reverse-${Math.round(share * 1000)}-${stamp}`,
    name: t('reverse.scenario.name', words),
    description: t('reverse.scenario.description', words),
    sources: [{ text: t('reverse.scenario.source', words), assumption: true }],
    phaseOne: { ...template.phaseOne, shocks: Object.fromEntries(FACTORS.map((f) => [f, rounded(f, answer.shocks[f])])) },
  };
}
