import { useEffect, useMemo } from 'react';
import { Banner } from '../components/banner';
import { ScreenHeading } from '../components/screen-heading';
import { useFormatters } from '../format/use-formatters';
import { useT } from '../i18n/use-t';
import { connectSavedRuns, useSavedRunsStore } from '../results/saved-runs-store';
import { CompareExposureChart } from './compare-exposure-chart';
import { CompareFanChart } from './compare-fan-chart';
import { seriesLabels } from './compare-series';
import { MIN_COMPARED, selectedRecords, useCompareStore } from './compare-store';
import { CompareTable } from './compare-table';
import { RunPicker } from './run-picker';
import { SettingsDiffTable } from './settings-diff-table';

/** Compare: pick 2–4 saved runs; their headline metrics side by side, fans overlaid, losses by exposure, and what differs. */
export function CompareScreen() {
  const t = useT();
  const { runs, status, error, load } = useSavedRunsStore();
  const selected = useCompareStore((s) => s.selected);
  const records = useCompareStore((s) => s.records);
  const compareError = useCompareStore((s) => s.error);
  const keepOnly = useCompareStore((s) => s.keepOnly);
  const picked = useMemo(() => selectedRecords({ selected, records }), [selected, records]);
  const currency = picked[0]?.result.meta.baseCurrency;
  const fmt = useFormatters(currency);
  const labels = seriesLabels(picked, fmt, t);
  const mixedCurrencies = new Set(picked.map((r) => r.result.meta.baseCurrency)).size > 1;

  useEffect(() => {
    connectSavedRuns();
    void load();
  }, [load]);

  useEffect(() => {
    if (status === 'ready') keepOnly(runs.map((r) => r.runId));
  }, [status, runs, keepOnly]);

  return (
    <section className="screen compare-screen" data-testid="screen-compare">
      <ScreenHeading>{t('compare.title')}</ScreenHeading>
      {status === 'error' && (
        <Banner
          kind="error"
          onRetry={load}
        >
          {t('results.saved.loadFailed', { message: error ?? '' })}
        </Banner>
      )}
      {compareError !== null && <Banner kind="error">{t('results.saved.openFailed', { message: compareError })}</Banner>}
      <RunPicker runs={runs} status={status} />
      {picked.length < MIN_COMPARED || picked.length < selected.length ? (
        <p className="placeholder" data-testid="compare-empty">
          {selected.length >= MIN_COMPARED ? t('common.loading') : t('compare.empty')}
        </p>
      ) : (
        <div className="compare-results" data-testid="compare-results">
          {mixedCurrencies && <Banner kind="warning">{t('compare.mixedCurrencies')}</Banner>}
          <CompareTable records={picked} labels={labels} />
          <div className="results-grid">
            <CompareFanChart records={picked} labels={labels} fmt={fmt} />
            <CompareExposureChart records={picked} labels={labels} fmt={fmt} />
          </div>
          <SettingsDiffTable records={picked} labels={labels} />
        </div>
      )}
    </section>
  );
}
