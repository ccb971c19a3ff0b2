import { Fragment, useId } from 'react';
import { FACTOR_UNIT, FACTORS, type Factor } from '../../../shared/domain/scenario';
import type { Formatters } from '../format/format';
import { parseDecimal } from '../format/parse-decimal';
import { useT } from '../i18n/use-t';
import { numberText, shockRange, sliderValue, toDisplay, type ShockDraft } from './draft';
import type { FieldErrors } from './draft-fields';

type Props = {
  shocks: Record<Factor, ShockDraft>;
  /** The preview's phase-one moves (model units), shown for the propagated factors; null while there is none. */
  moves: Record<Factor, number> | null;
  errors: FieldErrors;
  readOnly: boolean;
  fmt: Formatters;
  onChange: (factor: Factor, shock: ShockDraft) => void;
};

/** A propagated move rounded for a starting shock: whole bp, percent to one decimal. */
const startText = (factor: Factor, move: number | undefined): string => {
  if (move === undefined) return '0';
  const display = toDisplay(factor, move);
  return numberText(FACTOR_UNIT[factor] === 'bp' ? Math.round(display) : Math.round(display * 10) / 10);
};

/** Per factor: include as a core shock (else propagated), a slider and a number field in the factor's unit. */
export function ShockTable({ shocks, moves, errors, readOnly, fmt, onChange }: Props) {
  const t = useT();
  const baseId = useId();
  return (
    <table className="sc-shocks" data-testid="shock-table">
      <caption className="visually-hidden">{t('scenarios.shocks.caption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('scenarios.shocks.col.factor')}</th>
          <th scope="col">{t('scenarios.shocks.col.shock')}</th>
          <th scope="col" className="num">
            {t('scenarios.shocks.col.value')}
          </th>
        </tr>
      </thead>
      <tbody>
        {FACTORS.map((factor) => {
          const shock = shocks[factor];
          const name = t(`results.factor.${factor}`);
          const bp = FACTOR_UNIT[factor] === 'bp';
          const unit = t(bp ? 'scenarios.unit.bp' : 'scenarios.unit.percent');
          const range = shockRange(factor);
          const value = parseDecimal(shock.text);
          const error = errors[`shock.${factor}`];
          const move = moves?.[factor];
          const moveText = move === undefined ? null : bp ? t('scenarios.bound.bp', { value: fmt.signedBasisPoints(move) }) : fmt.signedPercent(move);
          return (
            <Fragment key={factor}>
            <tr className={shock.included ? 'is-core' : 'is-propagated'} data-factor={factor}>
              <th scope="row">
                <label className="sc-include">
                  <input
                    type="checkbox"
                    checked={shock.included}
                    disabled={readOnly}
                    onChange={(e) => onChange(factor, { included: e.target.checked, text: shock.text.trim() === '' ? startText(factor, move) : shock.text })}
                    data-testid={`shock-include-${factor}`}
                  />
                  <span className="sc-factor-name">
                    <span>{name}</span>
                    <code className="factor-code">{factor}</code>
                  </span>
                </label>
              </th>
              {shock.included ? (
                <>
                  <td className="sc-slider-cell">
                    <input
                      type="range"
                      min={range.min}
                      max={range.max}
                      step={range.step}
                      value={sliderValue(value, range)}
                      disabled={readOnly}
                      aria-label={t('scenarios.shocks.slider', { factor: name, unit })}
                      aria-valuetext={`${shock.text} ${unit}`}
                      onChange={(e) => onChange(factor, { included: true, text: e.target.value })}
                      data-testid={`shock-slider-${factor}`}
                    />
                  </td>
                  <td className="num sc-value-cell">
                    <span className="sc-input-unit">
                      <input
                        type="text"
                        inputMode="decimal"
                        autoComplete="off"
                        value={shock.text}
                        readOnly={readOnly}
                        aria-label={t('scenarios.shocks.input', { factor: name, unit })}
                        aria-invalid={error ? true : undefined}
                        aria-describedby={error ? `${baseId}-${factor}` : undefined}
                        onChange={(e) => onChange(factor, { included: true, text: e.target.value })}
                        data-testid={`shock-input-${factor}`}
                      />
                      <span className="sc-unit">{unit}</span>
                    </span>
                  </td>
                </>
              ) : (
                <td colSpan={2} className="sc-propagated">
                  {moveText === null ? t('scenarios.shocks.propagatedUnknown') : t('scenarios.shocks.propagated', { move: moveText })}
                </td>
              )}
            </tr>
            {error && (
              <tr className="sc-row-error">
                <td colSpan={3} className="field-error" id={`${baseId}-${factor}`} data-testid={`shock-error-${factor}`}>
                  {error}
                </td>
              </tr>
            )}
            </Fragment>
          );
        })}
      </tbody>
    </table>
  );
}
