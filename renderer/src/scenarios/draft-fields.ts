import { FACTOR_UNIT, FACTORS, type Factor } from '../../../shared/domain/scenario';
import type { MessageKey } from '../../../shared/i18n/messages-en';
import type { Formatters } from '../format/format';
import { translate } from '../i18n/translate';
import { REGIME_FIELDS, type RegimeField } from './draft';

/** Every field of the editor that can carry a sentence saying what is wrong with it. */
export type ScalarField =
  | 'form'
  | 'name'
  | 'description'
  | 'sources'
  | 'phaseOneWeeks'
  | 'lambda'
  | 'dispersion'
  | 'regime'
  | 'phaseTwoWeeks'
  | 'participationPct'
  | 'impactY'
  | 'cashNeed'
  | 'paths'
  | 'seed';
export type FieldKey = ScalarField | `shock.${Factor}` | `regime.${Factor}.${RegimeField}`;
export type FieldErrors = Partial<Record<FieldKey, string>>;

/** How a field's numbers are shown, so a bound from the schema reads in the same unit as the field. */
export type FieldUnit = 'percent' | 'bp' | 'weeks' | 'plain' | 'money' | 'text';

const SCALAR_UNITS: Record<ScalarField, FieldUnit> = {
  form: 'text',
  name: 'text',
  description: 'text',
  sources: 'text',
  phaseOneWeeks: 'weeks',
  lambda: 'plain',
  dispersion: 'plain',
  regime: 'text',
  phaseTwoWeeks: 'weeks',
  participationPct: 'percent',
  impactY: 'plain',
  cashNeed: 'money',
  paths: 'plain',
  seed: 'plain',
};

const SCALAR_LABELS: Record<ScalarField, MessageKey> = {
  form: 'scenarios.field.form',
  name: 'scenarios.field.name',
  description: 'scenarios.field.description',
  sources: 'scenarios.field.sources',
  phaseOneWeeks: 'scenarios.field.phaseOneWeeks',
  lambda: 'scenarios.field.lambda',
  dispersion: 'scenarios.field.dispersion',
  regime: 'scenarios.field.regime',
  phaseTwoWeeks: 'scenarios.field.phaseTwoWeeks',
  participationPct: 'scenarios.field.participation',
  impactY: 'scenarios.field.impactY',
  cashNeed: 'scenarios.field.cashNeedShort',
  paths: 'scenarios.field.paths',
  seed: 'scenarios.field.seed',
};

const REGIME_LABELS: Record<RegimeField, MessageKey> = {
  retrace: 'scenarios.regime.col.retrace',
  lagWeeks: 'scenarios.regime.col.lag',
  halfLifeWeeks: 'scenarios.regime.col.halfLife',
};

/** The editor's fields in the order they appear, for a list of problems. */
export const FIELD_ORDER: readonly FieldKey[] = [
  'form',
  'name',
  'description',
  'sources',
  ...FACTORS.map((f): FieldKey => `shock.${f}`),
  'phaseOneWeeks',
  'lambda',
  'dispersion',
  'regime',
  ...FACTORS.flatMap((f) => REGIME_FIELDS.map((c): FieldKey => `regime.${f}.${c}`)),
  'phaseTwoWeeks',
  'participationPct',
  'impactY',
  'cashNeed',
  'paths',
  'seed',
];

type Parsed = { kind: 'scalar'; field: ScalarField } | { kind: 'shock'; factor: Factor } | { kind: 'regime'; factor: Factor; column: RegimeField };

function parseKey(key: FieldKey): Parsed {
  const [head, factor, column] = key.split('.') as [string, Factor | undefined, RegimeField | undefined];
  if (head === 'shock' && factor) return { kind: 'shock', factor };
  if (head === 'regime' && factor && column) return { kind: 'regime', factor, column };
  return { kind: 'scalar', field: key as ScalarField };
}

/** The unit a field's numbers are shown in. */
export function fieldUnit(key: FieldKey): FieldUnit {
  const p = parseKey(key);
  if (p.kind === 'shock') return FACTOR_UNIT[p.factor] === 'bp' ? 'bp' : 'percent';
  if (p.kind === 'regime') return p.column === 'retrace' ? 'plain' : 'weeks';
  return SCALAR_UNITS[p.field];
}

/** The field's name for a list of problems: "Impact Y", "Bitcoin shock", "Bitcoin: Half-life (weeks)". */
export function fieldLabel(key: FieldKey): string {
  const p = parseKey(key);
  if (p.kind === 'shock') return translate('scenarios.shocks.fieldLabel', { factor: translate(`results.factor.${p.factor}`) });
  if (p.kind === 'regime')
    return translate('scenarios.regime.cell', { factor: translate(`results.factor.${p.factor}`), column: translate(REGIME_LABELS[p.column]) });
  return translate(SCALAR_LABELS[p.field]);
}

/** A bound of the schema (model units) in the field's display unit: participation 1 → "100%", RATE 300 → "300 bp". */
export function formatBound(key: FieldKey, bound: number, fmt: Formatters): string {
  const decimals = Number.isInteger(bound) ? 0 : 2;
  switch (fieldUnit(key)) {
    case 'percent':
      return fmt.percent(bound, Number.isInteger(bound * 100) ? 0 : 1);
    case 'bp':
      return translate('scenarios.bound.bp', { value: fmt.number(bound, decimals) });
    case 'weeks':
      return fmt.duration(bound, 'week');
    case 'money':
      return fmt.moneyUnits(bound);
    default:
      return fmt.number(bound, decimals);
  }
}

/** The draft field a schema issue's path points at; null for a path the editor has no field for. */
export function fieldOfPath(path: readonly PropertyKey[]): FieldKey | null {
  const [a, b, c, d, e] = path.map(String);
  if (a === 'name' || a === 'description' || a === 'sources') return a;
  if (a === 'correlationConvergence') return 'lambda';
  if (a === 'severityDispersion') return 'dispersion';
  if (a === 'phaseOne') return b === 'horizonWeeks' ? 'phaseOneWeeks' : b === 'shocks' && c ? (`shock.${c}` as FieldKey) : null;
  if (a === 'phaseTwo' && b === 'horizonWeeks') return 'phaseTwoWeeks';
  if (a === 'phaseTwo' && b === 'regime') return c === 'custom' && d && e ? (`regime.${d}.${e}` as FieldKey) : 'regime';
  if (a === 'liquidity') return b === 'participation' ? 'participationPct' : b === 'impactY' ? 'impactY' : b === 'cashNeed' ? 'cashNeed' : null;
  if (a === 'run') return b === 'paths' ? 'paths' : b === 'seed' ? 'seed' : null;
  return null;
}
