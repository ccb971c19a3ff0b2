import { useCallback, useId, useMemo, type ReactNode } from 'react';
import type { Factor, Scenario } from '../../../shared/domain/scenario';
import { Banner } from '../components/banner';
import { useFormatters } from '../format/use-formatters';
import { useT } from '../i18n/use-t';
import { useAppStore } from '../stores/app-store';
import { AboutSection, SourcesField } from './about-section';
import type { Draft, ShockDraft } from './draft';
import { draftToScenario } from './draft-validation';
import { useEditorStore } from './editor-store';
import { LiquidityFields, PhaseOneFields, PhaseTwoHorizonField, RunFields } from './model-fields';
import { PreviewPanel } from './preview-panel';
import { RegimeEditor } from './regime-editor';
import { ScenarioToolbar } from './scenario-toolbar';
import { ShockTable } from './shock-table';
import { usePreview, usePreviewBook } from './use-preview';
import { scenarioName } from '../../../shared/i18n/builtin-text';

function Section({ title, hint, children, testId }: { title: string; hint?: string; children: ReactNode; testId?: string }) {
  const id = useId();
  return (
    <section className="panel sc-section" aria-labelledby={id} data-testid={testId}>
      <h3 id={id}>{title}</h3>
      {hint && <p className="hint sc-section-hint">{hint}</p>}
      {children}
    </section>
  );
}

type Props = { draft: Draft; saved: Scenario; builtIn: boolean };

/** A scenario's editor (read-only for a built-in) beside its live deterministic preview on the open portfolio. */
export function ScenarioEditor({ draft, saved, builtIn }: Props) {
  const t = useT();
  const fmt = useFormatters();
  const locale = useAppStore((s) => s.settings?.locale ?? 'en-US');
  const currency = useAppStore((s) => s.settings?.baseCurrency ?? 'USD');
  const dirty = useEditorStore((s) => s.dirty);
  const busy = useEditorStore((s) => s.busy);
  const notice = useEditorStore((s) => s.notice);
  const actionError = useEditorStore((s) => s.actionError);
  const edit = useEditorStore((s) => s.edit);

  const check = useMemo(() => draftToScenario(draft, fmt), [draft, fmt]);
  const book = usePreviewBook();
  const state = usePreview(check.ok ? check.scenario : null, book);
  const errors = check.ok ? {} : check.errors;
  const moves = state?.ok ? state.preview.factors : null;
  const hasShock = Object.values(draft.shocks).some((s) => s.included);
  const setShock = useCallback((factor: Factor, shock: ShockDraft) => edit((d) => ({ ...d, shocks: { ...d.shocks, [factor]: shock } })), [edit]);
  const fieldProps = { draft, errors, readOnly: builtIn, edit, fmt };

  return (
    <div className="sc-editor" data-testid="scenario-editor" data-scenario-id={saved.id}>
      <div className="sc-editor-head">
        <div className="sc-editor-title">
          <h2 data-testid="scenario-title">{builtIn ? scenarioName(saved) : draft.name.trim() || saved.name}</h2>
          <span className={`badge ${builtIn ? 'badge-builtin' : 'badge-yours'}`}>{t(builtIn ? 'scenarios.library.builtIn' : 'scenarios.library.yours')}</span>
          <span className="sc-save-status" role="status" data-testid="scenario-status">
            {busy ? t('scenarios.status.working') : dirty ? t('scenarios.status.unsaved') : (notice ?? '')}
          </span>
        </div>
        <ScenarioToolbar saved={saved} builtIn={builtIn} check={check} busy={busy} dirty={dirty} />
      </div>
      {builtIn && (
        <Banner kind="info" testId="scenario-read-only">
          {t('scenarios.readOnly')}
        </Banner>
      )}
      {actionError !== null && (
        <Banner kind="error" testId="scenario-action-error">
          {actionError}
        </Banner>
      )}
      <div className="sc-editor-body">
        <div className="sc-form">
          <Section title={t(builtIn ? 'scenarios.section.about' : 'scenarios.section.name')}>
            <AboutSection draft={draft} errors={errors} readOnly={builtIn} edit={edit} />
          </Section>
          <Section title={t('scenarios.section.shocks')} hint={t('scenarios.shocks.hint')} testId="section-shocks">
            <ShockTable shocks={draft.shocks} moves={moves} errors={errors} readOnly={builtIn} fmt={fmt} onChange={setShock} />
            <PhaseOneFields {...fieldProps} />
          </Section>
          <Section title={t('scenarios.section.phaseTwo')}>
            <RegimeEditor
              regime={draft.regime}
              custom={draft.custom}
              errors={errors}
              readOnly={builtIn}
              fmt={fmt}
              onChange={(regime, custom) => edit((d) => ({ ...d, regime, custom }))}
            />
            <PhaseTwoHorizonField {...fieldProps} />
          </Section>
          <Section title={t('scenarios.section.liquidity')}>
            <LiquidityFields {...fieldProps} currency={currency} />
          </Section>
          <Section title={t('scenarios.section.run')} hint={t('scenarios.section.run.hint')}>
            <RunFields {...fieldProps} />
          </Section>
          {!builtIn && (
            <Section title={t('scenarios.field.sources')}>
              <SourcesField draft={draft} edit={edit} />
            </Section>
          )}
        </div>
        <div className="sc-preview-column">
          <PreviewPanel errors={check.ok ? null : check.errors} state={state} horizonWeeks={check.ok ? check.scenario.phaseOne.horizonWeeks : 1} book={book} scenarioId={saved.id} hasShock={hasShock} fmt={fmt} locale={locale} />
        </div>
      </div>
    </div>
  );
}
