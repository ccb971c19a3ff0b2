import { useId, type FormEvent } from 'react';
import { scenarioName } from '../../../shared/i18n/builtin-text';
import { useT } from '../i18n/use-t';
import { useLibraryStore } from '../scenarios/library-store';
import { NumberField } from '../scenarios/number-field';
import { useAppStore } from '../stores/app-store';
import { usePortfolioStore } from '../portfolio/portfolio-store';
import { parseTarget } from './reverse-model';
import { useReverseStore } from './reverse-store';

/** The question: a target loss (a share of the book or an amount), the template scenario, and Solve. */
export function ReverseForm() {
  const t = useT();
  const ids = { kind: useId(), template: useId(), templateHint: useId() };
  const currency = useAppStore((s) => s.settings?.baseCurrency ?? 'USD');
  const portfolio = usePortfolioStore((s) => s.view?.portfolio ?? null);
  const summaries = useLibraryStore((s) => s.summaries);
  const { kind, shareText, amountText, cashText, dayText, templateId, status } = useReverseStore();
  const { setKind, setShareText, setAmountText, setCashText, setDayText, setTemplateId, solve } = useReverseStore.getState();
  const text = kind === 'share' ? shareText : kind === 'cash' ? cashText : amountText;
  const check = parseTarget(kind, text, dayText);
  const solving = status === 'solving';
  const typed = text.trim() !== '';
  const problem = typed && !check.ok ? check.problem : null;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!check.ok || portfolio === null || solving) return;
    void solve({ portfolioId: portfolio.id, portfolioName: portfolio.name, target: check.target, templateId });
  };

  return (
    <form className="panel rv-form" onSubmit={submit} aria-busy={solving} data-testid="reverse-form">
      <h2>{t('reverse.ui.title')}</h2>
      <p className="hint rv-intro">{t('reverse.ui.intro')}</p>
      <p className="hint">{portfolio ? t('reverse.ui.on', { name: portfolio.name }) : t('reverse.ui.noPortfolio')}</p>
      <div className="rv-fields">
        <fieldset className="rv-kind">
          <legend id={ids.kind}>{t('reverse.ui.target')}</legend>
          <label>
            <input type="radio" name={ids.kind} checked={kind === 'share'} onChange={() => setKind('share')} data-testid="reverse-kind-share" />
            {t('reverse.ui.kind.share')}
          </label>
          <label>
            <input type="radio" name={ids.kind} checked={kind === 'amount'} onChange={() => setKind('amount')} data-testid="reverse-kind-amount" />
            {t('reverse.ui.kind.amount', { currency })}
          </label>
          <label>
            <input type="radio" name={ids.kind} checked={kind === 'marginCall'} onChange={() => setKind('marginCall')} data-testid="reverse-kind-margin" />
            {t('reverse.ui.kind.marginCall')}
          </label>
          <label>
            <input type="radio" name={ids.kind} checked={kind === 'cash'} onChange={() => setKind('cash')} data-testid="reverse-kind-cash" />
            {t('reverse.ui.kind.cash')}
          </label>
        </fieldset>
        {kind !== 'marginCall' && (
          <NumberField
            label={kind === 'share' ? t('reverse.ui.share') : kind === 'cash' ? t('reverse.ui.cashAmount', { currency }) : t('reverse.ui.amount', { currency })}
            value={text}
            onChange={kind === 'share' ? setShareText : kind === 'cash' ? setCashText : setAmountText}
            unit={kind === 'share' ? '%' : currency}
            error={problem === 'share' ? t('reverse.ui.error.share') : problem === 'amount' ? t('reverse.ui.error.amount') : undefined}
            readOnly={solving}
            testId="reverse-target"
          />
        )}
        {kind === 'cash' && (
          <NumberField
            label={t('reverse.ui.cashDay')}
            value={dayText}
            onChange={setDayText}
            unit={t('reverse.ui.dayUnit')}
            error={problem === 'day' ? t('reverse.ui.error.day') : undefined}
            readOnly={solving}
            testId="reverse-day"
          />
        )}
        <div className="field rv-template">
          <label htmlFor={ids.template}>{t('reverse.ui.template')}</label>
          <select id={ids.template} value={templateId} disabled={solving} aria-describedby={ids.templateHint} onChange={(e) => setTemplateId(e.target.value)} data-testid="reverse-template">
            {summaries.length === 0 && <option value={templateId}>{t('common.loading')}</option>}
            {summaries.map((s) => (
              <option key={s.id} value={s.id}>
                {scenarioName(s)}
              </option>
            ))}
          </select>
          <p className="hint" id={ids.templateHint}>
            {t('reverse.ui.templateHint')}
          </p>
        </div>
        <button type="submit" className="primary rv-solve" disabled={!check.ok || portfolio === null || solving} data-testid="reverse-solve">
          {solving ? t('reverse.ui.solving') : t('reverse.ui.solve')}
        </button>
      </div>
    </form>
  );
}
