import { useId, type FormEvent } from 'react';
import { useFormatters } from '../format/use-formatters';
import { useT } from '../i18n/use-t';
import { MODELS_SETTINGS_HREF, routeHref } from '../routing/routes';
import { usePortfolioStore } from '../portfolio/portfolio-store';
import { MAX_PATHS, parsePaths, parseSeed, useRunChoicesStore } from './run-choices-store';
import { ariaShortcut } from '../keyboard/key-labels';
import { isMac } from '../keyboard/match-shortcut';
import { chosenRunRequest } from './run-request';
import { isBusy, useRunStore } from './run-store';
import { scenarioDescription, scenarioName } from '../../../shared/i18n/builtin-text';

/** The scenario <select> with the chosen scenario's description under it. */
function ScenarioField() {
  const t = useT();
  const ids = { select: useId(), description: useId() };
  const { scenarios, status, scenarioId } = useRunChoicesStore();
  const choose = useRunChoicesStore((s) => s.chooseScenario);
  const busy = isBusy(useRunStore((s) => s.phase));
  const chosen = scenarios.find((s) => s.id === scenarioId);
  return (
    <div className="field run-scenario">
      <label htmlFor={ids.select}>{t('results.scenario')}</label>
      <select
        id={ids.select}
        value={scenarioId ?? ''}
        disabled={busy || scenarios.length === 0}
        aria-describedby={ids.description}
        data-testid="run-scenario"
        onChange={(e) => void choose(e.target.value)}
      >
        {scenarios.length === 0 && <option value="">{t(status === 'ready' ? 'results.scenario.none' : 'results.scenario.loading')}</option>}
        {scenarios.map((s) => (
          <option key={s.id} value={s.id}>
            {s.builtIn ? t('results.scenario.builtIn', { name: scenarioName(s) }) : s.name}
          </option>
        ))}
      </select>
      <p className="hint scenario-description" id={ids.description} data-testid="run-scenario-description">
        {chosen ? scenarioDescription(chosen) : ''}
      </p>
    </div>
  );
}

/** The factor model <select>: the built-in one or a saved fit (Settings › Factor models). */
function FactorModelField() {
  const t = useT();
  const ids = { select: useId(), hint: useId() };
  const { factorModels, factorModelId } = useRunChoicesStore();
  const choose = useRunChoicesStore((s) => s.chooseFactorModel);
  const busy = isBusy(useRunStore((s) => s.phase));
  return (
    <div className="field run-model">
      <label htmlFor={ids.select}>{t('models.run.field')}</label>
      <select id={ids.select} value={factorModelId ?? ''} disabled={busy} aria-describedby={ids.hint} data-testid="run-model" onChange={(e) => choose(e.target.value || null)}>
        <option value="">{t('models.run.builtIn')}</option>
        {factorModels.map((m) => (
          <option key={m.id} value={m.id}>
            {m.name}
          </option>
        ))}
      </select>
      <p className="hint run-model-hint" id={ids.hint}>
        {t('models.run.hint')}
        <a href={MODELS_SETTINGS_HREF}>{t('models.run.hintLink')}</a>
      </p>
    </div>
  );
}

type NumberFieldProps = {
  label: string;
  value: string;
  onChange: (text: string) => void;
  hint: string;
  error: string | null;
  disabled: boolean;
  testId: string;
  max: number;
};

function NumberField({ label, value, onChange, hint, error, disabled, testId, max }: NumberFieldProps) {
  const ids = { input: useId(), hint: useId() };
  return (
    <div className="field run-number">
      <label htmlFor={ids.input}>{label}</label>
      <input
        id={ids.input}
        type="number"
        min={0}
        max={max}
        step={1}
        inputMode="numeric"
        value={value}
        disabled={disabled}
        aria-invalid={error !== null}
        aria-describedby={ids.hint}
        data-testid={testId}
        onChange={(e) => onChange(e.target.value)}
      />
      <p className={error === null ? 'hint' : 'hint field-error'} id={ids.hint}>
        {error ?? hint}
      </p>
    </div>
  );
}

/** Scenario, paths and seed (kept in a store), and the Run button for the open portfolio. */
export function RunPanel() {
  const t = useT();
  const fmt = useFormatters();
  const { scenario, scenarioId, pathsText, seedText, setPathsText, setSeedText, factorModelId } = useRunChoicesStore();
  const portfolio = usePortfolioStore((s) => s.view?.portfolio ?? null);
  const portfolioStatus = usePortfolioStore((s) => s.status);
  const phase = useRunStore((s) => s.phase);
  const start = useRunStore((s) => s.start);
  const busy = isBusy(phase);
  const paths = parsePaths(pathsText);
  const seed = parseSeed(seedText);
  const request = chosenRunRequest({ portfolioId: portfolio?.id ?? null, scenarioId, scenarioLoaded: scenario !== null, pathsText, seedText, phase, factorModelId });

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (request !== null) void start(request);
  };

  return (
    <form className="panel run-panel" onSubmit={submit} data-testid="run-panel">
      <h2>{t('results.panel.title')}</h2>
      {portfolio === null && (portfolioStatus === 'idle' || portfolioStatus === 'loading') ? (
        <p className="hint">{t('common.loading')}</p>
      ) : portfolio === null ? (
        <p className="hint" data-testid="run-no-portfolio">
          {t('results.panel.noPortfolio')} <a href={routeHref('portfolio')}>{t('results.panel.toPortfolio')}</a>
        </p>
      ) : (
        <p className="hint">{t('results.panel.on', { name: portfolio.name })}</p>
      )}
      <div className="run-fields">
        <ScenarioField />
        <FactorModelField />
        <NumberField
          label={t('results.paths')}
          value={pathsText}
          onChange={setPathsText}
          hint={t('results.paths.hint', { paths: scenario ? fmt.number(scenario.run.paths) : t('results.none') })}
          error={pathsText !== '' && paths === null ? t('results.paths.invalid', { max: fmt.number(MAX_PATHS) }) : null}
          disabled={busy}
          testId="run-paths"
          max={MAX_PATHS}
        />
        <NumberField
          label={t('results.seed')}
          value={seedText}
          onChange={setSeedText}
          hint={t('results.seed.hint')}
          error={seedText !== '' && seed === null ? t('results.seed.invalid') : null}
          disabled={busy}
          testId="run-seed"
          max={Number.MAX_SAFE_INTEGER}
        />
        <button type="submit" className="primary run-button" disabled={request === null} aria-keyshortcuts={ariaShortcut('run', isMac())} data-testid="run-start">
          {t('results.run')}
        </button>
      </div>
    </form>
  );
}
