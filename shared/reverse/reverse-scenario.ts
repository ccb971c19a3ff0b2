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
export function reverseScenario(answer: Extract<ReverseAnswer, { reached: true }>, template: Scenario, target: ReverseTarget, now: Date, currency = 'USD'): Scenario {
  const pct = new Intl.NumberFormat(textLocale(), { style: 'percent', maximumFractionDigits: 1 });
  const num = new Intl.NumberFormat(textLocale(), { maximumFractionDigits: 2 });
  const money = new Intl.NumberFormat(textLocale(), { style: 'currency', currency, maximumFractionDigits: 0 });
  const share = answer.loss / answer.startValue;
  const stamp = now.toISOString().replace(/\D/g, '').slice(0, 14);
  const base = { d: num.format(answer.d), template: scenarioName(template) };
  const loss = pct.format(target.kind === 'lossFraction' ? target.fraction : share);
  const { name, goal, tag } =
    target.kind === 'marginCall'
      ? { name: t('reverse.scenario.name.marginCall'), goal: t('reverse.goal.marginCall'), tag: 'margin' }
      : target.kind === 'cash'
        ? (() => {
            const words = { amount: money.format(target.amount), day: target.day };
            return { name: t('reverse.scenario.name.cash', words), goal: t('reverse.goal.cash', words), tag: `cash-${target.day}d` };
          })()
        : { name: t('reverse.scenario.name', { loss }), goal: t('reverse.goal.loss', { loss }), tag: `${Math.round(share * 1000)}` };
  return {
    ...template,
    version: 1,
    id: `reverse-${tag}-${stamp}`,
    name,
    description: t('reverse.scenario.description', { ...base, goal }),
    sources: [{ text: t('reverse.scenario.source', { ...base, goal }), assumption: true }],
    phaseOne: { ...template.phaseOne, shocks: Object.fromEntries(FACTORS.map((f) => [f, rounded(f, answer.shocks[f])])) },
  };
}
