import { useId } from 'react';
import { ExposureAmountTable } from '../components/exposure-amount-table';
import type { Formatters } from '../format/format';
import { useT, type TranslateFn } from '../i18n/use-t';
import { orderedErrors } from './draft-validation';
import { fieldLabel, type FieldErrors } from './draft-fields';
import { PlausibilityView } from './plausibility-view';
import type { Preview } from './preview';
import type { BookState, PreviewState } from './use-preview';

type Props = {
  /** The draft's problems, when it is not a valid scenario. */
  errors: FieldErrors | null;
  state: PreviewState | null;
  /** The valid draft's shock horizon (weeks), for the plausibility odds. */
  horizonWeeks: number;
  book: BookState;
  scenarioId: string;
  hasShock: boolean;
  fmt: Formatters;
  locale: string;
};

/** A loss as a positive amount, a negative one as a gain. */
const lossText = (loss: number, fmt: Formatters, t: TranslateFn): string =>
  loss < 0 && fmt.moneyUnits(loss) !== fmt.moneyUnits(0) ? t('scenarios.preview.gain', { amount: fmt.moneyUnits(-loss) }) : fmt.moneyUnits(loss);

function LossFigures({ preview, book, fmt }: { preview: Preview; book: Extract<BookState, { kind: 'ready' }>; fmt: Formatters }) {
  const t = useT();
  const currency = book.book.baseCurrency;
  return (
    <>
      <p className="sc-loss-label">{t('scenarios.preview.loss')}</p>
      <p className="sc-loss" data-testid="preview-loss" aria-live="polite">
        <span className="sc-loss-amount">{lossText(preview.loss, fmt, t)}</span>
        <span className="sc-loss-pct">
          {t('scenarios.preview.lossPct', { pct: fmt.percent(preview.lossPct), start: fmt.moneyUnits(preview.startValue) })}
        </span>
      </p>
      {preview.marginCall && <p className="sc-note is-warning">{t('scenarios.preview.marginCall')}</p>}
      {book.book.excluded.length > 0 && <p className="sc-note">{t('scenarios.preview.excluded', { count: book.book.excluded.length })}</p>}
      <ExposureAmountTable
        rows={preview.byExposure.map((row) => ({ tag: row.tag, amount: lossText(row.loss, fmt, t), tone: row.loss < 0 ? 'is-gain' : undefined, share: row.share }))}
        caption={t('scenarios.preview.byExposure.caption', { currency })}
        heads={{ tag: t('scenarios.preview.col.exposure'), amount: t('scenarios.preview.col.loss', { currency }), share: t('scenarios.preview.col.share') }}
        percent={fmt.percent}
        testId="preview-exposures"
        rowTestId="preview-exposure-row"
        className="sc-exposure-table"
      />
    </>
  );
}

/** The live preview: the mean-path phase-one loss on the open portfolio and the plausibility, or why there is none. */
export function PreviewPanel({ errors, state, horizonWeeks, book, scenarioId, hasShock, fmt, locale }: Props) {
  const t = useT();
  const titleId = useId();
  const problems = errors === null ? [] : orderedErrors(errors);
  return (
    <section className="panel sc-preview" aria-labelledby={titleId} data-testid="scenario-preview">
      <h2 id={titleId}>{t('scenarios.preview.title')}</h2>
      <p className="hint">{book.kind === 'ready' ? t('scenarios.preview.on', { name: book.name }) : t('scenarios.preview.hint')}</p>
      {problems.length > 0 ? (
        <div className="sc-invalid" data-testid="preview-invalid" role="status">
          <p>{t('scenarios.preview.invalid')}</p>
          <ul>
            {problems.map(([key, message]) => (
              <li key={key}>{t('scenarios.error.item', { field: fieldLabel(key), message })}</li>
            ))}
          </ul>
        </div>
      ) : state !== null && !state.ok ? (
        <p className="field-error" role="alert">
          {t('scenarios.preview.failed', { message: state.message })}
        </p>
      ) : (
        state !== null && (
          <>
            {book.kind === 'ready' && <LossFigures preview={state.preview} book={book} fmt={fmt} />}
            {book.kind === 'none' && <p className="muted">{t('scenarios.preview.noBook')}</p>}
            {book.kind === 'loading' && <p className="muted">{t('scenarios.preview.loadingBook')}</p>}
            {book.kind === 'error' && <p className="field-error">{t('scenarios.preview.bookError', { message: book.message })}</p>}
            <PlausibilityView plausibility={state.preview.plausibility} horizonWeeks={horizonWeeks} scenarioId={scenarioId} hasShock={hasShock} fmt={fmt} locale={locale} />
          </>
        )
      )}
    </section>
  );
}
