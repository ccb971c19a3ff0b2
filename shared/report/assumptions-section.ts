import { EXPOSURE_TAGS, type ExposureWeight } from '../domain/exposure';
import { FACTORS, type Factor, type Scenario } from '../domain/scenario';
import { fxToBase } from '../domain/valuation';
import { t } from '../i18n/translate';
import { DEFAULT_RESOURCES } from '../model/default-resources';
import type { InstrumentParams } from '../model/resources';
import { fxProvenance } from '../domain/fx-origin';
import { linesAbout } from '../sources/citations';
import { fxSourceText } from '../sources/fx-source-text';
import { oddsSentence, rangeSentence, tailCaveat } from '../sources/plausibility-text';
import type { ScoredScenario } from '../model/plausibility-odds';
import { bibliography, type Bibliography } from './citations-html';
import { block, facts, flow, h, table, type Html } from './html';
import { isCoreFactor, runTag, type ReportRun } from './report-data';
import { reportLocale } from './report-format';
import { regimeText, scenarioDescription, scenarioName } from '../i18n/builtin-text';

const factorName = (f: Factor) => t(`results.factor.${f}`);

function scenarioFacts(run: ReportRun): Html {
  const { fmt } = run;
  const s = run.record.meta.scenario;
  return facts([
    [t('report.as.scenarioName'), [`${scenarioName(s)} (`, h('span', { class: 'mono', translate: 'no' }, s.id), ')']],
    [t('report.as.description'), scenarioDescription(s)],
    [t('report.as.shockHorizon'), t('report.weeks', { count: s.phaseOne.horizonWeeks })],
    [t('report.as.lambda'), fmt.num(s.correlationConvergence, 2)],
    [t('report.as.severity'), fmt.num(s.severityDispersion, 2)],
    [t('report.as.phaseTwoHorizon'), t('report.weeks', { count: s.phaseTwo.horizonWeeks })],
    [t('report.cover.paths'), fmt.num(s.run.paths, 0)],
    [t('report.cover.seed'), String(s.run.seed)],
  ]);
}

function shocks(run: ReportRun, bib: Bibliography): Html {
  const s = run.record.meta.scenario;
  const core = FACTORS.filter((f) => s.phaseOne.shocks[f] !== undefined);
  return table({
    head: [t('report.col.factor'), t('report.col.shock'), t('report.col.source')],
    rows: core.map((f) => {
      const lines = linesAbout(s.sources, f);
      const cited = lines.length > 0 ? lines.flatMap((line, i) => [i > 0 ? ' ' : null, bib.line(line)]) : t('report.as.seeSources');
      return [h('span', {}, h('strong', {}, f), h('br', {}), h('span', { class: 'sub' }, factorName(f))), run.fmt.factorMove(f, s.phaseOne.shocks[f] ?? 0), cited];
    }),
    numeric: [1],
    className: 'compact sources-table',
  });
}

function allSources(scenario: Scenario, bib: Bibliography): Html {
  if (scenario.sources.length === 0) return h('p', {}, t('report.as.noSources'));
  return h('ol', { class: 'sources' }, scenario.sources.map((line) => h('li', {}, bib.line(line))));
}

/** d as odds under the normal model, the caveat on fat tails and crisis correlations, the built-ins' range for scale. */
function plausibility(run: ReportRun, references: readonly ScoredScenario[]): Html {
  const { sigma } = run.record.result.phaseOne.plausibility;
  const range = rangeSentence(references, reportLocale());
  return h(
    'div',
    { class: 'keep' },
    h('p', {}, oddsSentence(sigma, run.record.meta.scenario.phaseOne.horizonWeeks, reportLocale())),
    h('p', { class: 'sub' }, tailCaveat()),
    range ? h('p', { class: 'sub' }, range) : null,
  );
}

function moves(run: ReportRun): Html {
  const factors = run.record.result.phaseOne.factors;
  return table({
    head: [t('report.col.factor'), t('report.col.name'), t('report.col.move'), t('report.col.kind')],
    rows: FACTORS.map((f) => [f, factorName(f), run.fmt.factorMove(f, factors[f] ?? 0), t(isCoreFactor(run, f) ? 'report.as.core' : 'report.as.propagated')]),
    numeric: [2],
    className: 'compact',
  });
}

function regime(run: ReportRun, bib: Bibliography): Html {
  const spec = run.record.meta.scenario.phaseTwo.regime;
  const head = [t('report.col.factor'), t('report.col.retrace'), t('report.col.lag'), t('report.col.halfLife')];
  if (typeof spec !== 'string') {
    return h(
      'div',
      {},
      h('p', {}, t('report.as.customRegime')),
      table({
        head,
        rows: FACTORS.map((f) => {
          const r = spec.custom[f];
          return r ? [f, run.fmt.num(r.retrace, 2), run.fmt.num(r.lagWeeks, 1), run.fmt.num(r.halfLifeWeeks, 1)] : [f, t('report.as.staysAtShock'), '', ''];
        }),
        numeric: [1, 2, 3],
        className: 'compact',
      }),
    );
  }
  const built = DEFAULT_RESOURCES.regimes.regimes[spec];
  if (!built) return h('p', {}, spec);
  return h(
    'div',
    {},
    h('p', {}, h('strong', {}, `${regimeText(spec, 'name', built.name)}. `), regimeText(spec, 'description', built.description)),
    table({
      head: [...head, t('report.col.basis')],
      rows: FACTORS.map((f) => {
        const r = built.factors[f];
        return [f, run.fmt.num(r.retrace, 2), run.fmt.num(r.lagWeeks, 1), run.fmt.num(r.halfLifeWeeks, 1), h('span', { class: 'sub' }, h('span', { translate: 'no' }, r.basis), bib.refs(r.cite))];
      }),
      numeric: [1, 2, 3],
      className: 'compact',
    }),
    built.sources.length > 0 ? h('ul', { class: 'sources' }, built.sources.map((line) => h('li', {}, bib.line(line)))) : null,
  );
}

function liquidity(run: ReportRun): Html {
  const { fmt } = run;
  const l = run.record.meta.scenario.liquidity;
  return facts([
    [t('report.as.participation'), fmt.pct(l.participation, 0)],
    [t('report.as.impactY'), fmt.num(l.impactY, 2)],
    [t('report.as.cashNeed'), l.cashNeed === null ? t('report.as.none') : fmt.money(l.cashNeed)],
  ]);
}

/** Where the rate of `currency` came from: the imported file's own rate when valuation used it, else the FX table's. */
function fxRow(run: ReportRun, currency: string): { asOf: string; source: string } {
  const { portfolio, valuation } = run.inputs;
  const fromFile = portfolio.fileFx?.base === valuation.baseCurrency && portfolio.fileFx.rates[currency] !== undefined;
  if (fromFile) {
    const origin = { kind: 'file' as const, fileName: portfolio.source.fileName, importedAt: portfolio.source.importedAt };
    return { asOf: '', source: fxSourceText(fxProvenance({ usdPerUnit: 1, asOf: '', source: '', origin }), reportLocale()) };
  }
  const entry = valuation.fxRates[currency];
  return entry ? { asOf: entry.asOf, source: fxSourceText(fxProvenance(entry), reportLocale()) } : { asOf: '', source: '' };
}

function valuation(run: ReportRun): Html {
  const { inputs } = run;
  const base = inputs.valuation.baseCurrency;
  const currencies = [...new Set(inputs.portfolio.holdings.map((h) => h.currency))].filter((c) => c !== base).sort();
  const intro = h('p', {}, t('report.as.valuationIntro', { base }));
  if (currencies.length === 0) return h('div', {}, intro, h('p', {}, t('report.as.noFx', { base })));
  return h(
    'div',
    {},
    intro,
    table({
      head: [t('report.col.currency'), t('report.col.rate', { base }), t('report.col.asOf'), t('report.col.source')],
      rows: currencies.map((c) => {
        const rate = fxToBase(c, base, inputs.valuation.fxRates, inputs.portfolio.fileFx);
        const { asOf, source } = fxRow(run, c);
        return [c, rate === null ? t('report.as.noRate') : run.fmt.num(rate, 6), asOf, source];
      }),
      numeric: [1],
      className: 'compact',
    }),
  );
}

/** An instrument model's parameters (or some of them), each as “name value” (names as the model has them), without its kind. */
function paramParts(params: Readonly<Record<string, unknown>>): [key: string, text: string][] {
  return Object.entries(params)
    .filter(([key]) => key !== 'kind')
    .map(([key, value]) => [
      key,
      typeof value === 'object' && value !== null ? `${key} ${Object.entries(value as Record<string, number>).map(([f, b]) => `${f} ${b}`).join(', ')}` : `${key} ${String(value)}`,
    ]);
}

/** An instrument model's parameters as one line. */
export const paramsText = (params: InstrumentParams): string =>
  paramParts(params)
    .map(([, text]) => text)
    .join(' · ');

type Cites = Readonly<Record<string, readonly string[]>> | undefined;

/** The parameters with, beside each that rests on published figures, its references (any cited key without a parameter, at the end). */
function citedParams(params: Readonly<Record<string, unknown>>, cite: Cites, bib: Bibliography): Html {
  const parts = paramParts(params);
  const keys = new Set(parts.map(([key]) => key));
  const rest = Object.entries(cite ?? {}).flatMap(([key, ids]) => (keys.has(key) ? [] : ids));
  return h(
    'span',
    { class: 'sub' },
    // Parameter names are the model's own identifiers (as in its JSON), kept as code in every language.
    parts.flatMap(([key, text], i) => [i > 0 ? ' · ' : null, h('span', { translate: 'no' }, text), bib.refs(cite?.[key])]),
    bib.refs(rest),
  );
}

function instrumentDefaults(bib: Bibliography): Html {
  const d = DEFAULT_RESOURCES.instrumentDefaults;
  const rows = EXPOSURE_TAGS.map((tag) => {
    const { params, cite } = d.tags[tag];
    return [t(`exposure.${tag}`), t(`report.kind.${params.kind}`), citedParams(params, cite, bib)];
  });
  rows.push([t('report.as.nonTraded'), t('report.kind.privateCredit'), citedParams(d.nonTraded.params, d.nonTraded.cite, bib)]);
  return h('div', {}, h('p', {}, t('report.as.defaultsIntro')), table({ head: [t('report.col.exposure'), t('report.col.model'), t('report.col.parameters')], rows, className: 'compact' }));
}

/** The per-symbol defaults: which symbols, of which exposure, set which parameters of its model. */
function symbolDefaults(bib: Bibliography): Html {
  const groups = DEFAULT_RESOURCES.instrumentSymbols.groups;
  const rows = groups.map((g) => [h('span', { translate: 'no' }, g.symbols.join(', ')), t(`exposure.${g.tag}`), citedParams(g.params, g.cite, bib)]);
  return h('div', {}, h('p', {}, t('report.as.symbolDefaultsIntro')), table({ head: [t('report.col.symbols'), t('report.col.exposure'), t('report.col.parameters')], rows, className: 'compact' }));
}

const weights = (list: readonly ExposureWeight[]) => list.map((e) => (e.weight === 1 ? t(`exposure.${e.tag}`) : `${t(`exposure.${e.tag}`)} ${Math.round(e.weight * 1000) / 10}%`)).join(' + ');

function overrides(run: ReportRun): Html {
  const mine = run.inputs.portfolio.holdings.filter((h) => h.exposures.some((e) => e.source.kind === 'user'));
  if (mine.length === 0) return h('p', {}, t('report.as.noOverrides'));
  return table({
    head: [t('report.col.holding'), t('report.col.account'), t('report.col.yourTags'), t('report.col.autoTags')],
    rows: mine.map((m) => [m.symbol, m.account, weights(m.exposures), m.autoExposures ? weights(m.autoExposures) : '—']),
    className: 'compact',
  });
}

/**
 * Every assumption behind the numbers: scenario and sources, factor moves and the shock's plausibility (with the
 * built-ins' d for scale), regime, liquidity, valuation, models, overrides, and the sources cited.
 */
export function assumptionsSection(run: ReportRun, references: readonly ScoredScenario[] = []): Html {
  const scenario = run.record.meta.scenario;
  const bib = bibliography(`source-${run.index + 1}`);
  // Numbered in the order they are shown; the list of sources cited closes the section.
  const cited = [shocks(run, bib), allSources(scenario, bib), regime(run, bib), instrumentDefaults(bib), symbolDefaults(bib)] as const;
  const list = bib.list();
  return h(
    'section',
    { class: 'major' },
    run.label ? h('p', { class: 'run-tag' }, `${runTag(run)} — ${scenarioName(scenario)}`) : null,
    h('h2', {}, t('report.as.title')),
    h('p', { class: 'intro' }, t('report.as.intro', { hash: run.record.meta.inputHash })),
    block(t('report.as.scenario'), scenarioFacts(run)),
    flow(t('report.as.shocks'), cited[0]),
    flow(t('report.as.sources'), cited[1]),
    block(t('report.as.moves'), moves(run)),
    block(t('report.headline.plausibility'), plausibility(run, references)),
    flow(t('report.as.regime', { name: run.regimeName }), cited[2]),
    block(t('report.as.liquidity'), liquidity(run)),
    block(t('report.as.valuation'), valuation(run)),
    flow(t('report.as.defaults'), cited[3]),
    flow(t('report.as.symbolDefaults'), cited[4]),
    block(t('report.as.overrides'), overrides(run)),
    list ? flow(t('sources.bibliography.title'), list) : null,
  );
}
