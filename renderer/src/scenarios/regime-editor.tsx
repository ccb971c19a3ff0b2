import { useId } from 'react';
import { BUILT_IN_REGIMES, FACTORS, type BuiltInRegime, type Factor } from '../../../shared/domain/scenario';
import { DEFAULT_RESOURCES } from '../../../shared/model/default-resources';
import type { Formatters } from '../format/format';
import { useT } from '../i18n/use-t';
import { builtInRows, displayNumber, isBuiltInRegime, REGIME_FIELDS, type Draft, type RegimeChoice, type RegimeField, type RegimeRowDraft } from './draft';
import type { FieldErrors } from './draft-fields';
import { regimeText } from '../../../shared/i18n/builtin-text';

type Props = {
  regime: RegimeChoice;
  custom: Draft['custom'];
  errors: FieldErrors;
  readOnly: boolean;
  fmt: Formatters;
  onChange: (regime: RegimeChoice, custom: Draft['custom']) => void;
};

const regimes = DEFAULT_RESOURCES.regimes;
const regimeName = (r: BuiltInRegime): string => regimeText(r, 'name', regimes.regimes[r]?.name ?? r);

const COLUMN_KEYS = { retrace: 'scenarios.regime.col.retrace', lagWeeks: 'scenarios.regime.col.lag', halfLifeWeeks: 'scenarios.regime.col.halfLife' } as const;

const sameRows = (a: Draft['custom'], b: Draft['custom']): boolean => FACTORS.every((f) => REGIME_FIELDS.every((c) => a[f][c] === b[f][c]));

/** Whether the custom table still holds a built-in's values untouched (then a new start point may replace it). */
const untouched = (custom: Draft['custom']): boolean => BUILT_IN_REGIMES.some((r) => sameRows(custom, builtInRows(r, regimes)));

/** The phase-two regime: a built-in (its table shown) or a custom table per factor, started from a built-in's values. */
export function RegimeEditor({ regime, custom, errors, readOnly, fmt, onChange }: Props) {
  const t = useT();
  const selectId = useId();
  const rows: Draft['custom'] = isBuiltInRegime(regime) ? builtInRows(regime, regimes) : custom;
  const editable = regime === 'custom' && !readOnly;

  const choose = (next: string) => {
    if (next === 'custom') onChange('custom', isBuiltInRegime(regime) && untouched(custom) ? builtInRows(regime, regimes) : custom);
    else if (isBuiltInRegime(next)) onChange(next, custom);
  };
  const setCell = (factor: Factor, column: RegimeField, text: string) => {
    const row: RegimeRowDraft = { ...custom[factor], [column]: text };
    onChange('custom', { ...custom, [factor]: row });
  };

  return (
    <div className="sc-regime">
      <div className="field">
        <label htmlFor={selectId}>{t('scenarios.field.regime')}</label>
        <select id={selectId} value={regime} disabled={readOnly} onChange={(e) => choose(e.target.value)} data-testid="regime-select">
          {BUILT_IN_REGIMES.map((r) => (
            <option key={r} value={r}>
              {regimeName(r)}
            </option>
          ))}
          <option value="custom">{t('scenarios.regime.custom')}</option>
        </select>
        <p className="hint">{isBuiltInRegime(regime) ? regimeText(regime, 'description', regimes.regimes[regime]?.description ?? '') : t('scenarios.regime.customHint')}</p>
      </div>
      {editable && (
        <div className="sc-button-row">
          {BUILT_IN_REGIMES.map((r) => (
            <button key={r} type="button" onClick={() => onChange('custom', builtInRows(r, regimes))} data-testid={`regime-from-${r}`}>
              {t('scenarios.regime.copyFrom', { name: regimeName(r) })}
            </button>
          ))}
        </div>
      )}
      <table className="holdings compact summary-table sc-regime-table" data-testid="regime-table">
        <caption className="visually-hidden">{t('scenarios.regime.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('scenarios.regime.col.factor')}</th>
            {REGIME_FIELDS.map((c) => (
              <th key={c} scope="col" className="num">
                {t(COLUMN_KEYS[c])}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {FACTORS.map((factor) => {
            const name = t(`results.factor.${factor}`);
            const rowErrors = REGIME_FIELDS.map((c) => errors[`regime.${factor}.${c}`]).filter(Boolean);
            return (
              <tr key={factor} data-factor={factor}>
                <th scope="row">
                  {name} <code className="factor-code">{factor}</code>
                  {rowErrors.length > 0 && <span className="field-error sc-cell-error">{rowErrors.join(' ')}</span>}
                </th>
                {REGIME_FIELDS.map((c) => (
                  <td key={c} className="num">
                    {editable ? (
                      <input
                        type="text"
                        inputMode="decimal"
                        autoComplete="off"
                        className="sc-cell-input"
                        value={rows[factor][c]}
                        aria-label={t('scenarios.regime.cell', { factor: name, column: t(COLUMN_KEYS[c]) })}
                        aria-invalid={errors[`regime.${factor}.${c}`] ? true : undefined}
                        onChange={(e) => setCell(factor, c, e.target.value)}
                        data-testid={`regime-${factor}-${c}`}
                      />
                    ) : (
                      displayNumber(rows[factor][c], fmt, t('common.none'))
                    )}
                  </td>
                ))}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
