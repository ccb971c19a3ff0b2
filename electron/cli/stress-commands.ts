import type { ApiClient, ReverseTargetInput } from '../../shared/api';
import { FACTOR_UNIT, FACTORS } from '../../shared/domain/scenario';
import type { HedgeTrade } from '../../shared/hedge/hedge-trades';
import { t, textLocale, type MessageKey } from '../../shared/i18n/translate';
import { CliUsageError, type CliCommand, type CliIo, type CliValues } from './cli-command';
import { previewArgFile } from './cli-files';
import { labelledLines, tableLines } from './cli-table';
import { HEDGE_PATHS, numberArg, SEED, TOP } from './number-args';

/**
 * `--target-loss 25%` (a share of the book) or `--target-loss 60000` (an amount in the base currency);
 * `--target margin-call`; `--target cash:100000@10d` (less than 100,000 raisable by day 10).
 */
export function parseTarget(values: CliValues): ReverseTargetInput {
  const other = values.target;
  if (typeof other === 'string') {
    if (other === 'margin-call') return { kind: 'marginCall' };
    const cash = /^cash:(\d+(?:\.\d+)?)@(\d+)d$/.exec(other.trim());
    if (cash && Number(cash[1]) > 0 && Number(cash[2]) >= 1 && Number(cash[2]) <= 365) return { kind: 'cash', amount: Number(cash[1]), day: Number(cash[2]) };
    throw new CliUsageError(t('cli.reverse.badOtherTarget', { value: other }));
  }
  const loss = values['target-loss'];
  if (typeof loss !== 'string') throw new CliUsageError(t('cli.reverse.needTarget'));
  const share = /^\s*(\d+(?:\.\d+)?)\s*%\s*$/.exec(loss);
  if (share && Number(share[1]) > 0 && Number(share[1]) < 100) return { kind: 'lossFraction', fraction: Number(share[1]) / 100 };
  const amount = /^\s*(\d+(?:\.\d+)?)\s*$/.exec(loss);
  if (amount && Number(amount[1]) > 0) return { kind: 'loss', amount: Number(amount[1]) };
  throw new CliUsageError(t('cli.reverse.badTarget', { value: loss }));
}

const formats = async (api: ApiClient, currency: string) => {
  const locale = (await api['settings.get']({})).locale;
  return {
    money: new Intl.NumberFormat(locale, { style: 'currency', currency, maximumFractionDigits: 0 }),
    pct: new Intl.NumberFormat(locale, { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 }),
    num: new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }),
    ratio: new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 }),
    words: new Intl.NumberFormat(textLocale(), { maximumFractionDigits: 2 }),
  };
};

export const reverseCommand: CliCommand = {
  usage: 'reverse FILE.csv --target-loss 25%|AMOUNT | --target margin-call|cash:100000@10d [--template ID] [--json]',
  summary: 'cli.sum.reverse',
  options: { 'target-loss': { type: 'string' }, target: { type: 'string' }, template: { type: 'string' } },
  run: async (api, { values, positionals }, io) => {
    const file = positionals[0];
    if (!file) {
      io.err(t('cli.needFile'));
      return 2;
    }
    const target = parseTarget(values);
    const preview = await previewArgFile(api, file, io);
    if (!preview) return 2;
    const answer = await api['reverse.solve']({ previewId: preview.previewId, target, ...(typeof values.template === 'string' ? { templateId: values.template } : {}) });
    if (!answer.reached) {
      if (values.json) io.out(JSON.stringify(answer, null, 2));
      const f = await formats(api, preview.valuation.baseCurrency);
      const bounded =
        target.kind === 'marginCall'
          ? t('cli.reverse.boundedMargin')
          : target.kind === 'cash'
            ? t('cli.reverse.boundedCash', { least: f.money.format(answer.bestCash ?? 0), day: target.day })
            : t('cli.reverse.bounded', { best: f.money.format(answer.bestLoss) });
      io.err(answer.why === 'flat' ? t('cli.reverse.flat') : bounded);
      return 1;
    }
    // Saved as a scenario of yours, so `run FILE --scenario ID` can run it and the app can open it.
    const saved = await api['scenarios.save']({ scenario: answer.scenario });
    if (values.json) {
      io.out(JSON.stringify({ ...answer, scenario: saved }, null, 2));
    } else {
      const currency = preview.valuation.baseCurrency;
      const f = await formats(api, currency);
      const move = (factor: (typeof FACTORS)[number], v: number) => (FACTOR_UNIT[factor] === 'bp' ? `${v >= 0 ? '+' : ''}${f.num.format(v)} bp` : f.pct.format(v));
      io.out(
        [
          saved.name,
          '',
          ...labelledLines([
            [t('cli.reverse.loss'), `${f.money.format(answer.loss)} (${f.pct.format(answer.loss / answer.startValue)})`],
            ...(target.kind === 'marginCall' ? [[t('cli.reverse.marginCall'), t(answer.marginCall ? 'cli.reverse.yes' : 'cli.reverse.no')] as [string, string]] : []),
            ...(target.kind === 'cash' && answer.cashRaisable !== null
              ? [[t('cli.reverse.cashBy', { day: target.day }), t('cli.reverse.cashAgainst', { raisable: f.money.format(answer.cashRaisable), amount: f.money.format(target.amount) })] as [string, string]]
              : []),
            [t('cli.reverse.d'), t('cli.reverse.dValue', { d: f.words.format(answer.d), milder: answer.milderBuiltIns, count: answer.builtIns })],
          ]),
          t('cli.reverse.shocks'),
          ...tableLines(FACTORS.map((factor) => [factor, move(factor, answer.shocks[factor] ?? 0)]), ['left', 'right'], '  '),
          t('cli.reverse.byExposure'),
          ...tableLines(
            Object.entries(answer.byExposure)
              .filter(([, v]) => (v ?? 0) !== 0)
              .sort((a, b) => (b[1] ?? 0) - (a[1] ?? 0))
              .map(([tag, v]) => [t(`exposure.${tag}` as MessageKey), f.money.format(v ?? 0)]),
            ['left', 'right'],
            '  ',
          ),
        ].join('\n'),
      );
    }
    io.err(t('cli.reverse.saved', { id: saved.id }));
    return 0;
  },
};

const tradeText = (trade: HedgeTrade, f: Awaited<ReturnType<typeof formats>>): string =>
  trade.kind === 'trim'
    ? t('hedge.trade.trim', { symbol: trade.symbol, share: f.pct.format(trade.fraction) })
    : t(trade.side === 'short' ? 'hedge.trade.short' : 'hedge.trade.long', { symbol: trade.symbol, notional: f.money.format(trade.notional) });

export const hedgeCommand: CliCommand = {
  usage: 'hedge FILE.csv [--scenario ID] [--paths N] [--seed S] [--top 10] [--json]',
  summary: 'cli.sum.hedge',
  options: { scenario: { type: 'string' }, paths: { type: 'string' }, seed: { type: 'string' }, top: { type: 'string' } },
  numbers: { paths: HEDGE_PATHS, seed: SEED, top: TOP },
  run: async (api, { values, positionals }, io: CliIo) => {
    const file = positionals[0];
    if (!file) {
      io.err(t('cli.needFile'));
      return 2;
    }
    const paths = numberArg(values, 'paths', HEDGE_PATHS);
    const seed = numberArg(values, 'seed', SEED);
    const top = numberArg(values, 'top', TOP) ?? 10;
    const preview = await previewArgFile(api, file, io);
    if (!preview) return 2;
    const tty = process.stderr.isTTY;
    const off = api.subscribe((e) => {
      if (e.name === 'hedges.progress' && tty) process.stderr.write(`\r${t('cli.hedge.progress', { done: e.payload.done, total: e.payload.total })}   `);
    });
    try {
      const report = await api['hedges.find']({
        previewId: preview.previewId,
        scenarioId: typeof values.scenario === 'string' ? values.scenario : 'ai-capex-bust-ease',
        ...(paths !== undefined ? { paths } : {}),
        ...(seed !== undefined ? { seed } : {}),
      });
      if (tty) process.stderr.write('\n');
      if (values.json) {
        io.out(JSON.stringify(report, null, 2));
        return 0;
      }
      const f = await formats(api, preview.valuation.baseCurrency);
      const head = [t('cli.hedge.col.trade'), t('cli.hedge.col.esAfter'), t('cli.hedge.col.cut'), t('cli.hedge.col.perNotional'), t('cli.hedge.col.cost'), t('cli.hedge.col.margin')];
      const rows = report.candidates.slice(0, top).map((c) => [
        tradeText(c.trade, f),
        f.money.format(c.esAfter),
        f.money.format(c.esBefore - c.esAfter),
        f.ratio.format(c.esCutPerNotional),
        f.money.format(c.cost),
        `${f.pct.format(c.marginCallBefore)} → ${f.pct.format(c.marginCallAfter)}`,
      ]);
      io.out(
        [
          t('cli.hedge.heading', { es: f.money.format(report.esBefore), paths: f.num.format(report.paths), seed: report.seed }),
          '',
          ...tableLines([head, ...rows], ['left', 'right', 'right', 'right', 'right', 'right']),
        ].join('\n'),
      );
      return 0;
    } finally {
      off();
    }
  },
};
