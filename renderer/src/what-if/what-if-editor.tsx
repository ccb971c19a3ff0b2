import { useState, type FormEvent } from 'react';
import type { PortfolioView } from '../../../shared/api/portfolios-api';
import { isParQuoted } from '../../../shared/domain/bond-quote';
import type { Holding } from '../../../shared/domain/holding';
import type { Formatters } from '../format/format';
import { parseDecimal } from '../format/parse-decimal';
import { useT } from '../i18n/use-t';
import { useWhatIfStore } from './what-if-store';

/** One holding of the what-if: its quantity (or, for a value-only line, its value) to change, and Remove. */
function EditRow({ id, holding, fmt, onError }: { id: string; holding: Holding; fmt: Formatters; onError: (message: string | null) => void }) {
  const t = useT();
  const byValue = holding.quantity === null;
  const shown = byValue ? String(holding.marketValueCents / 100) : String(holding.quantity);
  const [text, setText] = useState(shown);
  const [busy, setBusy] = useState(false);
  const value = parseDecimal(text);
  const changed = value !== null && text !== shown;
  const act = async (edit: Parameters<ReturnType<typeof useWhatIfStore.getState>['edit']>[2]) => {
    setBusy(true);
    const problem = await useWhatIfStore.getState().edit(id, holding.id, edit);
    setBusy(false);
    onError(problem);
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (value === null || !changed) return;
    void act(byValue ? { kind: 'value', cents: Math.round(value * 100) } : { kind: 'quantity', quantity: value });
  };
  const label = t(byValue ? 'whatIf.ui.valueLabel' : 'whatIf.ui.quantityLabel', { symbol: holding.symbol, currency: holding.currency });
  return (
    <tr data-testid="what-if-edit-row" data-holding-id={holding.id}>
      <th scope="row" className="col-symbol">
        {holding.symbol}
      </th>
      <td className="col-name" title={holding.name}>
        {holding.name}
      </td>
      <td className="col-account">{holding.account}</td>
      <td className="num">{fmt.moneyIn(holding.marketValueCents, holding.currency)}</td>
      <td>
        <form className="what-if-edit" onSubmit={submit}>
          <input type="text" inputMode="decimal" value={text} aria-label={label} aria-invalid={value === null ? true : undefined} disabled={busy} onChange={(e) => setText(e.target.value)} data-testid="what-if-quantity" />
          <span className="sc-unit">{byValue ? holding.currency : t(isParQuoted(holding) ? 'whatIf.ui.face' : 'whatIf.ui.units')}</span>
          <button type="submit" className="small" disabled={busy || !changed} data-testid="what-if-set">
            {t('whatIf.ui.set')}
          </button>
        </form>
      </td>
      <td>
        <button type="button" className="small danger" disabled={busy} onClick={() => void act({ kind: 'remove' })} aria-label={t('whatIf.ui.removeLabel', { symbol: holding.symbol })} data-testid="what-if-remove">
          {t('whatIf.ui.remove')}
        </button>
      </td>
    </tr>
  );
}

/** The what-if's holdings with a quantity to change and Remove; every change settles in its what-if cash line. */
export function WhatIfEditor({ view, fmt }: { view: PortfolioView; fmt: Formatters }) {
  const t = useT();
  const [error, setError] = useState<string | null>(null);
  return (
    <details className="what-if-editor" data-testid="what-if-editor">
      <summary>{t('whatIf.ui.edit')}</summary>
      <p className="hint">{t('whatIf.ui.editHint')}</p>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      <div className="table-wrap">
        <table className="holdings compact">
          <caption className="visually-hidden">{t('whatIf.ui.editCaption', { name: view.portfolio.name })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('portfolio.col.symbol')}</th>
              <th scope="col">{t('portfolio.col.name')}</th>
              <th scope="col">{t('portfolio.col.account')}</th>
              <th scope="col" className="num">
                {t('whatIf.ui.col.value')}
              </th>
              <th scope="col">{t('whatIf.ui.col.change')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('whatIf.ui.col.remove')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {view.portfolio.holdings.map((h) => (
              // Keyed by value too: after a change the row starts again from what the back end kept.
              <EditRow key={`${h.id}:${h.marketValueCents}`} id={view.portfolio.id} holding={h} fmt={fmt} onError={setError} />
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}
