import { t } from '../i18n/translate';
import { cashByDay, exposuresByLoss, holdingsByLoss, type ReportRun } from './report-data';

const list = new Intl.ListFormat('en-US', { style: 'long', type: 'conjunction' });

/** The summary in two paragraphs of sentences, every figure taken from the run: the shock (what is lost, where from), then what comes back. */
export type Narrative = { shock: string[]; recovery: string[] };

export function narrative(run: ReportRun): Narrative {
  const { fmt, record } = run;
  const { phaseOne: p1, phaseTwo: p2 } = record.result;
  const paths = record.meta.paths;
  const sentences: string[] = [];
  const lossArgs = { loss: fmt.money(p1.meanLoss), pct: fmt.pct(p1.meanLossPct), start: fmt.money(p1.startValue) };
  sentences.push(paths > 0 ? t('report.narrative.trough', { ...lossArgs, paths: fmt.num(paths, 0) }) : t('report.narrative.troughMeanPath', lossArgs));
  if (paths > 0) sentences.push(t('report.narrative.tail', { var95: fmt.money(p1.var95), es975: fmt.money(p1.es975) }));

  const drivers = exposuresByLoss(run).filter((e) => e.loss > 0 && e.shareOfLoss !== null).slice(0, 3);
  if (drivers.length > 0) {
    const parts = drivers.map((e, i) =>
      t(i === 0 ? 'report.narrative.driverFirst' : 'report.narrative.driverMore', { share: fmt.pct(e.shareOfLoss ?? 0, 0), tag: t(`exposure.${e.tag}`) }),
    );
    sentences.push(`${list.format(parts)}.`);
  }
  const top = holdingsByLoss(run)[0];
  if (top && (top.loss ?? 0) > 0) {
    sentences.push(
      t('report.narrative.topHolding', { symbol: top.holding.symbol, name: top.holding.name || top.holding.symbol, loss: fmt.money(top.loss ?? 0), pct: fmt.pct(top.lossPct ?? 0) }),
    );
  }
  sentences.push(marginSentence(run));
  const shock = sentences.splice(0);

  const end = run.horizon;
  const endValue = p2.p50.at(-1);
  if (endValue !== undefined) {
    const change = p1.startValue === 0 ? 0 : endValue / p1.startValue - 1;
    sentences.push(t('report.narrative.median', { regime: run.regimeName, week: end, value: fmt.money(endValue), change: fmt.signedPct(change) }));
  }
  const odds = fmt.pct(p2.recoveryProbability.at(-1) ?? 0, 0);
  sentences.push(
    p2.medianWeeksToRecover === null
      ? t('report.narrative.notRecovered', { prob: odds, week: end })
      : t('report.narrative.recovered', { prob: odds, week: end, weeks: p2.medianWeeksToRecover }),
  );
  const day7 = cashByDay(run, 7);
  const day30 = cashByDay(run, 30);
  if (day7 !== null && day30 !== null) {
    sentences.push(t('report.narrative.liquidity', { participation: fmt.pct(record.meta.scenario.liquidity.participation, 0), day7: fmt.money(day7), day30: fmt.money(day30) }));
  }
  const need = p2.liquidityLadder.cashNeed;
  if (need) {
    sentences.push(
      need.dayMet === null
        ? t('report.narrative.cashNeedShort', { amount: fmt.money(need.amount), shortfall: fmt.money(need.shortfall) })
        : t('report.narrative.cashNeedMet', { amount: fmt.money(need.amount), day: need.dayMet, cost: fmt.money(need.cost) }),
    );
  }
  const credit = p2.defaults.byHolding.length;
  if (credit > 0) sentences.push(t('report.narrative.defaults', { expected: fmt.num(p2.defaults.expected, 1), count: credit, weeks: end }));
  return { shock, recovery: sentences };
}

function marginSentence(run: ReportRun): string {
  const { fmt } = run;
  const mc = run.record.result.phaseOne.marginCall;
  if (mc.triggered) {
    const symbols = list.format(mc.forcedSales.map((s) => s.symbol));
    const proceeds = mc.forcedSales.reduce((sum, s) => sum + s.proceeds, 0);
    const cost = mc.forcedSales.reduce((sum, s) => sum + s.cost, 0);
    return t('report.narrative.marginYes', { symbols: symbols || '—', proceeds: fmt.money(proceeds), cost: fmt.money(cost), lockedIn: fmt.money(mc.lockedInLoss), prob: fmt.pct(mc.probability, 0) });
  }
  if (run.valuation.loanBaseCents === 0 && mc.probability === 0) return t('report.narrative.noLoan');
  return mc.probability > 0 ? t('report.narrative.marginNo', { prob: fmt.pct(mc.probability, 1) }) : t('report.narrative.marginNever');
}
