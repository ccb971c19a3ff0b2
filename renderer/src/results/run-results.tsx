import { EXACT_PATHS_LIMIT, RELATIVE_ERROR } from '../../../shared/engine/binned';
import { useState } from 'react';
import type { RunRecord } from '../../../shared/api/runs-api';
import { useFormatters } from '../format/use-formatters';
import { useT } from '../i18n/use-t';
import { ExposureLossChart, exposureChartHeight } from './charts/exposure-loss-chart';
import { LadderChart } from './charts/ladder-chart';
import { LossHistogramChart } from './charts/loss-histogram-chart';
import { RecoveryChart } from './charts/recovery-chart';
import { ValueFanChart } from './charts/value-fan-chart';
import { WaterfallChart } from './charts/waterfall-chart';
import { FactorTable } from './factor-table';
import { ExposureLossTable, HoldingLossTable } from './loss-tables';
import { NarrativePanel, RerunVerdict } from './narrative-panel';
import { PhaseOneHeadline } from './phase-one-headline';
import { PhaseTwoHeadline } from './phase-two-headline';
import { AttributionChoice } from './attribution-choice';
import { attributionView, type AttributionView } from './results-model';
import { useRunStore } from './run-store';
import { scenarioName } from '../../../shared/i18n/builtin-text';
import { HedgesPanel } from '../hedges/hedges-panel';

/** A finished or re-opened run: a narrative, the headline figures of both phases, then charts (each with its table) and tables. */
export function RunResults({ record }: { record: RunRecord }) {
  const t = useT();
  const { result, meta } = record;
  const currency = result.meta.baseCurrency;
  const fmt = useFormatters(currency);
  const rerunOf = useRunStore((s) => s.rerunOf);
  const rerunSame = useRunStore((s) => s.rerunSame);
  const excluded = result.meta.excludedHoldings.length;
  const [view, setView] = useState<AttributionView>('paths');
  const parts = attributionView(result, view);
  return (
    <div className="run-results" data-testid="run-results" data-run-id={record.runId}>
      {rerunOf !== null && rerunSame !== null && <RerunVerdict original={rerunOf} same={rerunSame} fmt={fmt} />}
      <p className="results-subject" data-testid="results-subject">
        {t('results.subject', { scenario: scenarioName(meta.scenario), portfolio: meta.portfolioName, date: fmt.dateTime(record.createdAt) })}
      </p>
      <p className="hint">{t('results.lossesNote', { currency })}</p>
      {meta.factorModel && (
        <p className="hint" data-testid="results-model">
          {t('models.run.used', { name: meta.factorModel.name })}
        </p>
      )}
      {meta.paths === 0 && <p className="hint">{t('results.meanPathOnly')}</p>}
      {result.meta.statistics === 'binned' && (
        <p className="hint" data-testid="results-binned">
          {t('results.binnedStatistics', { limit: fmt.number(EXACT_PATHS_LIMIT), error: fmt.percent(RELATIVE_ERROR, 3) })}
        </p>
      )}
      {excluded > 0 && <p className="hint">{t('results.excluded', { count: fmt.number(excluded) })}</p>}
      <NarrativePanel record={record} fmt={fmt} />
      <div className="results-headline" data-testid="results-headline">
        <PhaseOneHeadline phaseOne={result.phaseOne} fmt={fmt} />
        <PhaseTwoHeadline result={result} fmt={fmt} />
      </div>
      <h2 className="results-section">{t('results.section.phaseOne')}</h2>
      <AttributionChoice result={result} view={view} onChange={setView} fmt={fmt} />
      <div className="results-grid">
        <ExposureLossTable result={parts} fmt={fmt} chart={<ExposureLossChart result={parts} fmt={fmt} />} chartHeight={exposureChartHeight(parts)} />
        <div className="results-column">
          <WaterfallChart result={parts} fmt={fmt} />
          <LossHistogramChart result={result} fmt={fmt} />
        </div>
      </div>
      <HedgesPanel record={record} fmt={fmt} />
      <h2 className="results-section">{t('results.section.phaseTwo')}</h2>
      <div className="results-grid">
        <ValueFanChart result={result} fmt={fmt} />
        <RecoveryChart result={result} fmt={fmt} />
      </div>
      <LadderChart result={result} fmt={fmt} participation={meta.scenario.liquidity.participation} />
      <h2 className="results-section">{t('results.details.title')}</h2>
      <HoldingLossTable result={parts} fmt={fmt} />
      <div className="results-grid">
        <FactorTable phaseOne={result.phaseOne} scenario={meta.scenario} fmt={fmt} />
      </div>
    </div>
  );
}
