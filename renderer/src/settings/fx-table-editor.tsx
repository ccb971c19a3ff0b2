import { useEffect, useId, useRef, useState } from 'react';
import type { FxRate } from '../../../shared/domain/settings';
import { Banner } from '../components/banner';
import { useT } from '../i18n/use-t';
import { FX_SECTION, parseSection } from '../routing/routes';
import { useAppStore } from '../stores/app-store';
import { FxAddForm } from './fx-add-form';
import { fxRows, withoutRate, withRate, type FxProblem } from './fx-table';
import { FxRateRow } from './fx-rate-row';

/** Settings › FX rates: every rate with its date and source; edit, add, remove. Each change is saved and re-values at once. */
export function FxTableEditor() {
  const t = useT();
  const headingId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const settings = useAppStore((s) => s.settings);
  const update = useAppStore((s) => s.updateSettings);
  const [problem, setProblem] = useState<FxProblem | null>(null);

  useEffect(() => {
    // Opened from "Add a rate in Settings › FX rates": bring the table into view and put the focus on it.
    if (parseSection(window.location.hash) !== FX_SECTION) return;
    headingRef.current?.scrollIntoView({ block: 'start' });
    headingRef.current?.focus();
  }, []);

  if (settings === null) return null;
  const { fxRates, baseCurrency } = settings;
  const save = (code: string, rate: FxRate) => {
    setProblem(null);
    void update({ fxRates: withRate(fxRates, code, rate) });
  };
  const remove = (code: string) => {
    const next = withoutRate(fxRates, code, baseCurrency);
    if (!next.ok) return setProblem(next.problem);
    setProblem(null);
    void update({ fxRates: next.value });
  };
  const rows = fxRows(fxRates);
  return (
    <section className="settings-section" aria-labelledby={headingId} data-testid="fx-table">
      <h2 id={headingId} ref={headingRef} tabIndex={-1}>
        {t('settings.fx.title')}
      </h2>
      <p className="hint">{t('settings.fx.intro')}</p>
      {problem && <Banner kind="error">{t(problem.key, problem.params)}</Banner>}
      <div className="table-wrap fx-wrap">
        <table className="holdings compact">
          <thead>
            <tr>
              <th scope="col">{t('settings.fx.col.currency')}</th>
              <th scope="col" className="num">
                {t('settings.fx.col.rate')}
              </th>
              <th scope="col">{t('settings.fx.col.asOf')}</th>
              <th scope="col">{t('settings.fx.col.source')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('settings.fx.col.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map(([code, rate]) => (
              <FxRateRow key={`${code}|${rate.usdPerUnit}|${rate.asOf}|${rate.source}|${JSON.stringify(rate.origin ?? null)}`} code={code} rate={rate} onSave={(r) => save(code, r)} onRemove={() => remove(code)} />
            ))}
            {rows.length === 0 && (
              <tr>
                <td colSpan={5} className="muted empty-row">
                  {t('settings.fx.empty')}
                </td>
              </tr>
            )}
          </tbody>
        </table>
      </div>
      <FxAddForm rates={fxRates} onAdd={save} />
    </section>
  );
}
