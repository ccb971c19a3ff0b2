import type { RunRecord } from '../../../shared/api/runs-api';
import { useFormatters } from '../format/use-formatters';
import { useT } from '../i18n/use-t';
import { FactorTable } from './factor-table';
import { ExposureLossTable, HoldingLossTable } from './loss-tables';
import { PhaseOneHeadline } from './phase-one-headline';
import { PhaseTwoHeadline } from './phase-two-headline';

/** A finished run: the headline figures of both phases, then the tables (charts come later). */
export function RunResults({ record }: { record: RunRecord }) {
  const t = useT();
  const { result, meta } = record;
  const currency = result.meta.baseCurrency;
  const fmt = useFormatters(currency);
  const excluded = result.meta.excludedHoldings.length;
  return (
    <div className="run-results" data-testid="run-results">
      <p className="results-subject">
        {t('results.subject', { scenario: meta.scenario.name, portfolio: meta.portfolioName, date: fmt.dateTime(record.createdAt) })}
      </p>
      <p className="hint">{t('results.lossesNote', { currency })}</p>
      {meta.paths === 0 && <p className="hint">{t('results.meanPathOnly')}</p>}
      {excluded > 0 && <p className="hint">{t('results.excluded', { count: fmt.number(excluded) })}</p>}
      <div className="results-headline" data-testid="results-headline">
        <PhaseOneHeadline phaseOne={result.phaseOne} fmt={fmt} />
        <PhaseTwoHeadline result={result} fmt={fmt} />
      </div>
      <div className="results-tables">
        <div className="results-column">
          <ExposureLossTable result={result} fmt={fmt} />
          <FactorTable phaseOne={result.phaseOne} scenario={meta.scenario} fmt={fmt} />
        </div>
        <HoldingLossTable result={result} fmt={fmt} />
      </div>
    </div>
  );
}
