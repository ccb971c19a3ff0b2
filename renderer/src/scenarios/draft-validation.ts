import type { z } from 'zod';
import { FACTORS, Scenario, type Factor, type RegimeFactor, type RegimeSpec } from '../../../shared/domain/scenario';
import type { Formatters } from '../format/format';
import { parseDecimal } from '../format/parse-decimal';
import { translate } from '../i18n/translate';
import { fromDisplay, REGIME_FIELDS, sourceLines, tidy, type Draft } from './draft';
import { FIELD_ORDER, fieldOfPath, formatBound, type FieldErrors, type FieldKey } from './draft-fields';

export type DraftCheck = { ok: true; scenario: Scenario } | { ok: false; errors: FieldErrors };

type Issue = z.core.$ZodIssue;

/** The schema's complaint as a sentence in the field's own unit; the schema's message itself for its custom checks. */
export function issueSentence(key: FieldKey, issue: Issue, fmt: Formatters): string {
  if (issue.code === 'too_small' && issue.origin === 'string') return translate(key === 'name' ? 'scenarios.error.nameRequired' : 'scenarios.error.required');
  if ((issue.code === 'too_small' || issue.code === 'too_big') && issue.origin === 'number') {
    const small = issue.code === 'too_small';
    const bound = formatBound(key, Number(small ? issue.minimum : issue.maximum), fmt);
    const inclusive = issue.inclusive !== false;
    const msg = small ? (inclusive ? 'scenarios.error.atLeast' : 'scenarios.error.above') : inclusive ? 'scenarios.error.atMost' : 'scenarios.error.below';
    return translate(msg, { bound });
  }
  if (issue.code === 'invalid_type' && issue.expected === 'int') return translate('scenarios.error.whole');
  if (issue.code === 'invalid_type' && issue.expected === 'number') return translate('scenarios.error.notNumber');
  return issue.message;
}

/** Reads the draft's numbers; a text that is not a number becomes NaN and a sentence on its field. */
function reader(errors: FieldErrors) {
  return (key: FieldKey, text: string, scale = 1): number => {
    const value = parseDecimal(text);
    if (value === null) {
      errors[key] = translate('scenarios.error.notNumber');
      return Number.NaN;
    }
    return tidy(value * scale);
  };
}

function customRegime(draft: Draft, read: ReturnType<typeof reader>): RegimeSpec {
  const custom: Partial<Record<Factor, RegimeFactor>> = {};
  for (const factor of FACTORS) {
    const row = draft.custom[factor];
    if (REGIME_FIELDS.every((c) => row[c].trim() === '')) continue;
    custom[factor] = {
      retrace: read(`regime.${factor}.retrace`, row.retrace),
      lagWeeks: read(`regime.${factor}.lagWeeks`, row.lagWeeks),
      halfLifeWeeks: read(`regime.${factor}.halfLifeWeeks`, row.halfLifeWeeks),
    };
  }
  return { custom };
}

/** The scenario the draft describes, in model units; or, per field, the sentence saying what is wrong. */
export function draftToScenario(draft: Draft, fmt: Formatters): DraftCheck {
  const errors: FieldErrors = {};
  const read = reader(errors);
  const shocks: Partial<Record<Factor, number>> = {};
  for (const factor of FACTORS) {
    const shock = draft.shocks[factor];
    if (!shock.included) continue;
    const value = read(`shock.${factor}`, shock.text);
    shocks[factor] = Number.isNaN(value) ? value : fromDisplay(factor, value);
  }
  const cashNeed = draft.cashNeed.trim() === '' ? null : read('cashNeed', draft.cashNeed);
  const candidate = {
    version: 1,
    id: draft.id,
    name: draft.name.trim(),
    description: draft.description.trim(),
    sources: sourceLines(draft.sources),
    phaseOne: { shocks, horizonWeeks: read('phaseOneWeeks', draft.phaseOneWeeks) },
    correlationConvergence: read('lambda', draft.lambda),
    severityDispersion: read('dispersion', draft.dispersion),
    phaseTwo: {
      regime: draft.regime === 'custom' ? customRegime(draft, read) : draft.regime,
      horizonWeeks: read('phaseTwoWeeks', draft.phaseTwoWeeks),
    },
    liquidity: { participation: read('participationPct', draft.participationPct, 0.01), impactY: read('impactY', draft.impactY), cashNeed },
    run: { paths: read('paths', draft.paths), seed: read('seed', draft.seed) },
  };
  const parsed = Scenario.safeParse(candidate);
  if (parsed.success && Object.keys(errors).length === 0) return { ok: true, scenario: parsed.data };
  for (const issue of parsed.success ? [] : parsed.error.issues) {
    const key = fieldOfPath(issue.path) ?? 'form';
    // A field that is not a number already says so; the schema's complaint about the NaN adds nothing.
    if (errors[key] === undefined) errors[key] = issueSentence(key, issue, fmt);
  }
  return { ok: false, errors };
}

/** The problems in the editor's order, for the list the preview shows instead of a number. */
export function orderedErrors(errors: FieldErrors): [FieldKey, string][] {
  return FIELD_ORDER.flatMap((key): [FieldKey, string][] => {
    const message = errors[key];
    return message === undefined ? [] : [[key, message]];
  });
}
