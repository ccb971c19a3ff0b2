import type { SourceLine } from '../../shared/domain/citation';
import { t, textLocale } from '../../shared/i18n/translate';
import { displayWidth } from '../../shared/text/display-width';
import { citationText, statementText } from '../../shared/sources/citation-text';
import { resolveLine } from '../../shared/sources/citations';
import { DEFAULT_SOURCES } from '../../shared/sources/default-sources';
import type { CliCommand, CliIo } from './cli-command';
import { scenarioName } from '../../shared/i18n/builtin-text';
import type { ApiClient } from '../../shared/api';

/** A list's files that could not be read, after its rows: moved aside, with where they are kept (never silently missing). */
export async function printKept(api: ApiClient, what: 'portfolio' | 'scenario' | 'run', io: CliIo): Promise<void> {
  const { recovery } = await api['app.info']({});
  for (const note of recovery) if (note.kind === 'keptAside' && note.what === what) io.out(t('cli.keptLine', { kept: note.kept }));
}

/**
 * A source line as text: the statement and its assumption, then each citation (publication, date, figure, link) below
 * it, aligned under the first. Dates are words: they follow the language.
 */
export function sourceLineText(line: SourceLine, locale = textLocale()): string[] {
  const r = resolveLine(line, DEFAULT_SOURCES);
  const head = `    · ${statementText(r)}`;
  const label = t(r.citations.length === 1 ? 'sources.label' : 'sources.label.many');
  const cites = r.citations.map((c, i) => `${i === 0 ? `      ${label} ` : ' '.repeat(7 + displayWidth(label))}${citationText(c, locale)}`);
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
    if (!values.json) await printKept(api, 'scenario', io);
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
      const { locale } = await api['settings.get']({});
      const pct = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 });
      list.forEach((r) => {
        const money = new Intl.NumberFormat(locale, { style: 'currency', currency: r.baseCurrency, maximumFractionDigits: 0 });
        io.out(
          t('cli.runLine', {
            id: r.runId,
            date: r.createdAt.replace('T', ' ').slice(0, 16),
            scenario: scenarioName({ id: r.scenarioId, name: r.scenarioName }),
            portfolio: r.portfolioName,
            loss: money.format(r.meanLoss),
            pct: pct.format(r.meanLossPct),
            paths: new Intl.NumberFormat(locale).format(r.paths),
          }),
        );
      });
    }
    if (!values.json) await printKept(api, 'run', io);
    return 0;
  },
};
