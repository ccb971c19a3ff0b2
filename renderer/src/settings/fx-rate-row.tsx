import { useId, useState } from 'react';
import { fxProvenance, type FxProvenance } from '../../../shared/domain/fx-origin';
import { LANGUAGE_LOCALE } from '../../../shared/i18n/languages';
import { sourceDate } from '../../../shared/sources/citation-text';
import type { FxRate } from '../../../shared/domain/settings';
import { fxSourceText } from '../../../shared/sources/fx-source-text';
import { useFormatters } from '../format/use-formatters';
import { useT } from '../i18n/use-t';
import { useAppStore } from '../stores/app-store';
import { checkRate, editableNote, enteredRate, type FxProblem } from './fx-table';

const NOTE = '\uE001';

/** Where a rate came from, its note (the basis of a default, or what the person wrote) kept as written. */
function FxSource({ provenance, locale }: { provenance: FxProvenance; locale: string }) {
  if (!('note' in provenance) || !provenance.note) return <>{fxSourceText(provenance, locale)}</>;
  const note = provenance.note;
  const [before, after] = fxSourceText({ ...provenance, note: NOTE }, locale).split(NOTE);
  return (
    <>
      {before}
      <span translate="no">{note}</span>
      {after}
    </>
  );
}

type FxRateRowProps = {
  code: string;
  rate: FxRate;
  onSave: (rate: FxRate) => void;
  onRemove: () => void;
};

/**
 * One currency of the FX table, with where its rate came from (a built-in default, entered in Settings, …). Edit turns
 * the row into inputs for the rate, its date and a note; a changed rate is then one entered in Settings today.
 */
export function FxRateRow({ code, rate, onSave, onRemove }: FxRateRowProps) {
  const t = useT();
  const fmt = useFormatters();
  // Words and dates in the language (the store's language re-renders this row when it changes).
  const language = useAppStore((s) => s.language);
  const locale = LANGUAGE_LOCALE[language];
  const errorId = useId();
  const [editing, setEditing] = useState(false);
  const initial = { rate: String(rate.usdPerUnit), asOf: rate.asOf, source: editableNote(rate) };
  const [draft, setDraft] = useState(initial);
  const [problem, setProblem] = useState<FxProblem | null>(null);
  const save = () => {
    const checked = checkRate(draft.rate);
    if (!checked.ok) return setProblem(checked.problem);
    const unchanged = checked.value === rate.usdPerUnit && draft.asOf === rate.asOf && draft.source.trim() === initial.source.trim();
    if (!unchanged) onSave(enteredRate(checked.value, draft.asOf, draft.source));
    setEditing(false);
  };
  const provenance = fxProvenance(rate);
  const asOf = /^\d{4}-\d{2}-\d{2}$/.test(rate.asOf) ? sourceDate(rate.asOf, locale) : rate.asOf;
  if (!editing) {
    return (
      <tr data-testid="fx-row" data-code={code}>
        <th scope="row">{code}</th>
        <td className="num">{fmt.quantity(rate.usdPerUnit)}</td>
        <td>{asOf}</td>
        <td className="fx-source" data-testid="fx-source">
          <FxSource provenance={provenance} locale={locale} />
        </td>
        <td>
          <div className="row-actions">
            <button type="button" aria-label={t('settings.fx.editLabel', { code })} onClick={() => setEditing(true)}>
              {t('settings.fx.edit')}
            </button>
            <button type="button" className="danger" aria-label={t('settings.fx.removeLabel', { code })} onClick={onRemove}>
              {t('settings.fx.remove')}
            </button>
          </div>
        </td>
      </tr>
    );
  }
  const cancel = () => {
    setDraft(initial);
    setProblem(null);
    setEditing(false);
  };
  return (
    <tr data-testid="fx-row" data-code={code} className="is-editing">
      <th scope="row">{code}</th>
      <td className="num">
        <input
          autoFocus
          inputMode="decimal"
          className="rate-input"
          aria-label={t('settings.fx.col.rate')}
          aria-invalid={problem !== null || undefined}
          aria-describedby={problem ? errorId : undefined}
          value={draft.rate}
          onChange={(e) => {
            setDraft({ ...draft, rate: e.target.value });
            setProblem(null);
          }}
          onKeyDown={(e) => {
            if (e.key === 'Enter') save();
            if (e.key === 'Escape') cancel();
          }}
        />
        {problem && (
          <p className="field-error" id={errorId} role="alert">
            {t(problem.key, problem.params)}
          </p>
        )}
      </td>
      <td>
        <input type="date" aria-label={t('settings.fx.col.asOf')} value={draft.asOf} onChange={(e) => setDraft({ ...draft, asOf: e.target.value })} />
      </td>
      <td>
        <input aria-label={t('sources.fx.note')} placeholder={t('sources.fx.note')} value={draft.source} onChange={(e) => setDraft({ ...draft, source: e.target.value })} />
      </td>
      <td>
        <div className="row-actions">
          <button type="button" className="primary" onClick={save}>
            {t('common.save')}
          </button>
          <button type="button" onClick={cancel}>
            {t('common.cancel')}
          </button>
        </div>
      </td>
    </tr>
  );
}
