import { DEFAULT_RESOURCES } from '../../../shared/model/default-resources';
import { Banner } from '../components/banner';
import type { Formatters } from '../format/format';
import { useT } from '../i18n/use-t';
import { routeHref } from '../routing/routes';
import { ReverseExposurePanel } from './reverse-exposure-panel';
import { shockRows, targetAmount, type Reached } from './reverse-model';
import { ReversePlausibility } from './reverse-plausibility';
import { ReverseShockTable } from './reverse-shock-table';
import { useReverseStore, type ReverseAsk } from './reverse-store';

type Props = { answer: Reached; asked: ReverseAsk; templateName: string; fmt: Formatters; locale: string; currency: string };

/** The loss on the mean path against the target, and the buttons that make the answer an ordinary scenario. */
function Headline({ answer, asked, fmt }: Omit<Props, 'locale' | 'currency' | 'templateName'>) {
  const t = useT();
  const target = targetAmount(asked.target, answer.startValue);
  const pct = (v: number) => (answer.startValue > 0 ? fmt.percent(v / answer.startValue) : t('common.none'));
  return (
    <div className="rv-headline">
      <dl className="rv-figures">
        <div>
          <dt>{t('reverse.ui.loss')}</dt>
          <dd data-testid="reverse-loss">
            <span className="rv-figure">{fmt.moneyUnits(answer.loss)}</span>
            <span className="rv-figure-sub">{t('reverse.ui.ofBook', { pct: pct(answer.loss), start: fmt.moneyUnits(answer.startValue) })}</span>
          </dd>
        </div>
        {asked.target.kind === 'marginCall' && (
          <div>
            <dt>{t('reverse.ui.marginCall')}</dt>
            <dd data-testid="reverse-target-figure">
              <span className="rv-figure">{t(answer.marginCall ? 'reverse.ui.yes' : 'reverse.ui.no')}</span>
              <span className="rv-figure-sub">{t('reverse.ui.marginCallSub')}</span>
            </dd>
          </div>
        )}
        {asked.target.kind === 'cash' && answer.cashRaisable !== null && (
          <div>
            <dt>{t('reverse.ui.cashBy', { day: asked.target.day })}</dt>
            <dd data-testid="reverse-target-figure">
              <span className="rv-figure">{fmt.moneyUnits(answer.cashRaisable)}</span>
              <span className="rv-figure-sub">{t('reverse.ui.cashBelow', { amount: fmt.moneyUnits(asked.target.amount) })}</span>
            </dd>
          </div>
        )}
        {target !== null && (
          <div>
            <dt>{t('reverse.ui.targetLabel')}</dt>
            <dd data-testid="reverse-target-figure">
              <span className="rv-figure">{fmt.moneyUnits(target)}</span>
              <span className="rv-figure-sub">{t('reverse.ui.reachedWithin', { gap: fmt.percent(target > 0 ? Math.abs(answer.loss - target) / target : 0, 2) })}</span>
            </dd>
          </div>
        )}
      </dl>
    </div>
  );
}

/** Open in the editor, Save as scenario; once saved, where it can go next. */
function Actions({ answer }: { answer: Reached }) {
  const t = useT();
  const { saved, saving, saveError } = useReverseStore();
  const { save, openInEditor } = useReverseStore.getState();
  return (
    <div className="rv-actions">
      <div className="sc-button-row" role="group" aria-label={t('reverse.ui.actions')}>
        <button type="button" onClick={() => void openInEditor()} disabled={saving} title={t('reverse.ui.openHint')} data-testid="reverse-open-editor">
          {t('reverse.ui.open')}
        </button>
        <button type="button" className="primary" onClick={() => void save()} disabled={saving || saved !== null} data-testid="reverse-save">
          {saved ? t('reverse.ui.savedButton') : saving ? t('reverse.ui.saving') : t('reverse.ui.save')}
        </button>
      </div>
      {saved && (
        <p className="rv-saved" role="status" data-testid="reverse-saved">
          {t('reverse.ui.saved', { name: saved.name })} <a href={routeHref('results')}>{t('reverse.ui.toResults')}</a>
        </p>
      )}
      {!saved && <p className="hint">{t('reverse.ui.saveHint', { name: answer.scenario.name })}</p>}
      {saveError && (
        <Banner kind="error" testId="reverse-save-error">
          {saveError}
        </Banner>
      )}
    </div>
  );
}

/** A reached answer: headline, actions, the shock table, the loss by exposure and the plausibility. */
export function ReverseResult(props: Props) {
  const t = useT();
  const { answer, fmt, locale, currency } = props;
  const rows = shockRows(answer.shocks, answer.scenario, DEFAULT_RESOURCES.factorModel);
  return (
    <div className="rv-result" data-testid="reverse-result">
      <div className="panel">
        <p className="results-subject" data-testid="reverse-subject">
          {t('reverse.ui.subject', { portfolio: props.asked.portfolioName, template: props.templateName })}
        </p>
        <div className="rv-summary">
          <Headline {...props} />
          <Actions answer={answer} />
        </div>
      </div>
      <div className="results-grid">
        <div className="results-column">
          <ReverseShockTable rows={rows} horizonWeeks={answer.scenario.phaseOne.horizonWeeks} fmt={fmt} />
          <ReversePlausibility answer={answer} fmt={fmt} locale={locale} />
        </div>
        <ReverseExposurePanel answer={answer} currency={currency} fmt={fmt} />
      </div>
    </div>
  );
}

/** Why no shock reaches the target: the book holds only cash, or it cannot lose that much (and the most it can). */
export function ReverseUnreached({
  answer,
  target,
  fmt,
}: {
  answer: { why: 'flat' | 'bounded'; startValue: number; bestLoss: number; bestCash: number | null };
  target: ReverseAsk['target'] | undefined;
  fmt: Formatters;
}) {
  const t = useT();
  const best = { amount: fmt.moneyUnits(answer.bestLoss), pct: answer.startValue > 0 ? fmt.percent(answer.bestLoss / answer.startValue) : t('common.none') };
  const bounded =
    target?.kind === 'marginCall'
      ? t('reverse.ui.boundedMargin')
      : target?.kind === 'cash'
        ? t('reverse.ui.boundedCash', { least: fmt.moneyUnits(answer.bestCash ?? 0), day: target.day })
        : t('reverse.ui.bounded', best);
  return (
    <Banner kind="warning" testId="reverse-unreached">
      <strong>{t('reverse.ui.unreached')}</strong> {answer.why === 'flat' ? t('reverse.ui.flat') : bounded}
    </Banner>
  );
}
