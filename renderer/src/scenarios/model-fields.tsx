import type { Formatters } from '../format/format';
import { useT } from '../i18n/use-t';
import { displayNumber, type Draft } from './draft';
import type { FieldErrors } from './draft-fields';
import { NumberField } from './number-field';

type Props = {
  draft: Draft;
  errors: FieldErrors;
  readOnly: boolean;
  edit: (change: (d: Draft) => Draft) => void;
  fmt: Formatters;
};

type TextKey = 'phaseOneWeeks' | 'lambda' | 'dispersion' | 'phaseTwoWeeks' | 'participationPct' | 'impactY' | 'cashNeed' | 'paths' | 'seed';

/** One text field of the draft, bound to its error; returns the props NumberField needs. */
function bind({ draft, errors, readOnly, edit, fmt }: Props, key: TextKey) {
  // A read-only value is shown in the locale; the seed is an identifier, not an amount, so it stays as it is.
  const shown = readOnly && key !== 'seed' ? displayNumber(draft[key], fmt, '') : draft[key];
  return {
    value: shown,
    error: errors[key],
    readOnly,
    onChange: (text: string) => edit((d) => ({ ...d, [key]: text })),
    testId: `scenario-${key}`,
  };
}

/** The shock's horizon, correlation convergence λ and severity dispersion. */
export function PhaseOneFields(props: Props) {
  const t = useT();
  return (
    <div className="sc-field-grid">
      <NumberField label={t('scenarios.field.phaseOneWeeks')} unit={t('scenarios.unit.weeks')} hint={t('scenarios.field.phaseOneWeeks.hint')} {...bind(props, 'phaseOneWeeks')} />
      <NumberField label={t('scenarios.field.lambda')} hint={t('scenarios.field.lambda.hint')} {...bind(props, 'lambda')} />
      <NumberField label={t('scenarios.field.dispersion')} hint={t('scenarios.field.dispersion.hint')} {...bind(props, 'dispersion')} />
    </div>
  );
}

export function PhaseTwoHorizonField(props: Props) {
  const t = useT();
  return (
    <div className="sc-field-grid">
      <NumberField label={t('scenarios.field.phaseTwoWeeks')} unit={t('scenarios.unit.weeks')} hint={t('scenarios.field.phaseTwoWeeks.hint')} {...bind(props, 'phaseTwoWeeks')} />
    </div>
  );
}

/** Participation, impact Y and the cash need in the base currency. */
export function LiquidityFields(props: Props & { currency: string }) {
  const t = useT();
  return (
    <div className="sc-field-grid">
      <NumberField label={t('scenarios.field.participation')} unit={t('scenarios.unit.percent')} hint={t('scenarios.field.participation.hint')} {...bind(props, 'participationPct')} />
      <NumberField label={t('scenarios.field.impactY')} hint={t('scenarios.field.impactY.hint')} {...bind(props, 'impactY')} />
      <NumberField
        label={t('scenarios.field.cashNeed', { currency: props.currency })}
        unit={props.currency}
        placeholder={t('scenarios.field.cashNeed.none')}
        hint={t('scenarios.field.cashNeed.hint')}
        {...bind(props, 'cashNeed')}
      />
    </div>
  );
}

/** The run defaults the Results screen starts from. */
export function RunFields(props: Props) {
  const t = useT();
  return (
    <div className="sc-field-grid">
      <NumberField label={t('scenarios.field.paths')} hint={t('scenarios.field.paths.hint')} {...bind(props, 'paths')} />
      <NumberField label={t('scenarios.field.seed')} hint={t('scenarios.field.seed.hint')} {...bind(props, 'seed')} />
    </div>
  );
}
