import { scenarioName } from '../../../shared/i18n/builtin-text';
import { Banner } from '../components/banner';
import { useFormatters } from '../format/use-formatters';
import { useT } from '../i18n/use-t';
import { useLibraryStore } from '../scenarios/library-store';
import { useAppStore } from '../stores/app-store';
import { ReverseForm } from './reverse-form';
import { ReverseResult, ReverseUnreached } from './reverse-result';
import { useReverseStore } from './reverse-store';

/** The Scenarios screen's Reverse tab: name a loss, get the most plausible shock that causes it, save it as a scenario. */
export function ReverseTab() {
  const t = useT();
  const { status, answer, asked, error } = useReverseStore();
  const summaries = useLibraryStore((s) => s.summaries);
  const locale = useAppStore((s) => s.settings?.locale ?? 'en-US');
  const fmt = useFormatters();
  const currency = useAppStore((s) => s.settings?.baseCurrency ?? 'USD');
  const template = summaries.find((s) => s.id === asked?.templateId);
  return (
    <div className="rv-tab" data-testid="reverse-tab">
      <ReverseForm />
      <p className="rv-status" role="status" aria-live="polite" data-testid="reverse-status">
        {status === 'solving' ? t('reverse.ui.solvingNote') : ''}
      </p>
      {status === 'error' && (
        <Banner kind="error" testId="reverse-error">
          {error}
        </Banner>
      )}
      {answer !== null && asked !== null && status !== 'error' && (
        <div className={status === 'solving' ? 'rv-stale' : undefined}>
          {answer.reached ? (
            <ReverseResult answer={answer} asked={asked} templateName={template ? scenarioName(template) : asked.templateId} fmt={fmt} locale={locale} currency={currency} />
          ) : (
            <ReverseUnreached answer={answer} target={asked?.target} fmt={fmt} />
          )}
        </div>
      )}
    </div>
  );
}
