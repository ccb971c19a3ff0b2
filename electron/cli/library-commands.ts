import type { SourceLine } from '../../shared/domain/citation';
import { t } from '../../shared/i18n/translate';
import { citationText, statementText } from '../../shared/sources/citation-text';
import { resolveLine } from '../../shared/sources/citations';
import { DEFAULT_SOURCES } from '../../shared/sources/default-sources';
import type { CliCommand } from './cli-command';
import { scenarioName } from '../../shared/i18n/builtin-text';

const CLI_LOCALE = 'en-US';

/** A source line as text: the statement and its assumption, then each citation (publication, date, figure, link) below it. */
export function sourceLineText(line: SourceLine, locale = CLI_LOCALE): string[] {
  const r = resolveLine(line, DEFAULT_SOURCES);
  const head = `    · ${statementText(r)}`;
  const label = t(r.citations.length === 1 ? 'sources.label' : 'sources.label.many');
  const cites = r.citations.map((c, i) => `${i === 0 ? `      ${label} ` : ' '.repeat(7 + label.length)}${citationText(c, locale)}`);
  return [head, ...cites];
}

export const scenariosCommand: CliCommand = {
  usage: 'scenarios [--json]',
  summary: 'cli.sum.scenarios',
  options: {},
  run: async (api, { values }, io) => {
    const list = await api['scenarios.list']({});
    if (values.json) io.out(JSON.stringify(list, null, 2));
    else
      list.forEach((s) =>
        io.out(
          [
            t('cli.scenarioLine', { id: s.id, name: scenarioName(s), kind: t(s.builtIn ? 'cli.builtIn' : 'cli.yours') }),
            ...s.sources.flatMap((src) => sourceLineText(src)),
          ].join('\n'),
        ),
      );
    return 0;
  },
};

export const runsCommand: CliCommand = {
  usage: 'runs [--json]',
  summary: 'cli.sum.runs',
  options: {},
  run: async (api, { values }, io) => {
    const list = await api['runs.list']({});
    if (values.json) io.out(JSON.stringify(list, null, 2));
    else if (list.length === 0) io.out(t('cli.noRuns'));
    else {
      const pct = new Intl.NumberFormat('en-US', { style: 'percent', maximumFractionDigits: 1 });
      list.forEach((r) => {
        const money = new Intl.NumberFormat('en-US', { style: 'currency', currency: r.baseCurrency, maximumFractionDigits: 0 });
        io.out(
          t('cli.runLine', {
            id: r.runId,
            date: r.createdAt.replace('T', ' ').slice(0, 16),
            scenario: scenarioName({ id: r.scenarioId, name: r.scenarioName }),
            portfolio: r.portfolioName,
            loss: money.format(r.meanLoss),
            pct: pct.format(r.meanLossPct),
            paths: r.paths,
          }),
        );
      });
    }
    return 0;
  },
};
