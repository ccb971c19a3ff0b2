import { useId, type ReactNode } from 'react';

type Props = {
  label: ReactNode;
  value: string;
  onChange: (text: string) => void;
  /** Shown after the input: "%", "bp", "weeks", a currency code. */
  unit?: string;
  hint?: ReactNode;
  /** The sentence saying what is wrong, next to the field. */
  error?: string | undefined;
  readOnly: boolean;
  testId?: string;
  placeholder?: string;
};

/** A labelled number typed as text (so a half-typed value survives), with its unit, a hint and its error. */
export function NumberField({ label, value, onChange, unit, hint, error, readOnly, testId, placeholder }: Props) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const described = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className="field sc-number-field">
      <label htmlFor={id}>{label}</label>
      <div className="sc-input-unit">
        <input
          id={id}
          type="text"
          inputMode="decimal"
          autoComplete="off"
          spellCheck={false}
          value={value}
          placeholder={placeholder}
          readOnly={readOnly}
          aria-invalid={error ? true : undefined}
          aria-describedby={described}
          onChange={(e) => onChange(e.target.value)}
          data-testid={testId}
        />
        {unit && <span className="sc-unit">{unit}</span>}
      </div>
      {error && (
        <p className="field-error" id={errorId}>
          {error}
        </p>
      )}
      {hint && (
        <p className="hint" id={hintId}>
          {hint}
        </p>
      )}
    </div>
  );
}
