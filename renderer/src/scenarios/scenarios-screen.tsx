import { useEffect, useId, useRef, useState } from 'react';
import { Banner } from '../components/banner';
import { ScreenHeading } from '../components/screen-heading';
import { useT } from '../i18n/use-t';
import { importScenarioFile } from './editor-actions';
import { useEditorStore } from './editor-store';
import { useLibraryStore } from './library-store';
import { ConfirmDialog } from '../components/confirm-dialog';
import { ScenarioEditor } from './scenario-editor';
import { ScenarioLibrary } from './scenario-library';
import { ReverseTab } from '../reverse/reverse-tab';
import { REVERSE_SECTION } from '../routing/routes';
import { useSection } from '../routing/use-route';
import { ScenarioTabs } from './scenario-tabs';

/** Scenarios: the library beside the open scenario's editor and live preview; import from a JSON file. */
export function ScenariosScreen() {
  const t = useT();
  const fileInput = useRef<HTMLInputElement>(null);
  /** What waits for "discard unsaved changes?": opening another scenario, or choosing a file to import. */
  const [pending, setPending] = useState<{ open: string } | 'import' | null>(null);
  const { selectedId, draft, saved, builtIn, dirty, status, error, busy, notice, actionError } = useEditorStore();
  const open = useEditorStore((s) => s.open);
  const load = useLibraryStore((s) => s.load);
  const tab = useSection() === REVERSE_SECTION ? 'reverse' : 'library';
  const panelId = useId();

  useEffect(() => {
    void load().then(() => {
      // The first visit opens the first scenario, so the screen shows something real at once.
      const { summaries } = useLibraryStore.getState();
      const first = summaries[0];
      if (useEditorStore.getState().status === 'idle' && useEditorStore.getState().selectedId === null && first) void open(first.id);
    });
  }, [load, open]);

  const select = (id: string) => {
    if (id === selectedId) return;
    if (dirty) setPending({ open: id });
    else void open(id);
  };
  const chooseFile = () => fileInput.current?.click();

  const importButton = (
    <div className="sc-head-actions">
      <button type="button" disabled={busy} onClick={() => (dirty ? setPending('import') : chooseFile())} data-testid="scenario-import">
        {t('scenarios.action.import')}
      </button>
      <input
        ref={fileInput}
        type="file"
        accept=".json,application/json"
        hidden
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (file) void importScenarioFile(file);
        }}
        data-testid="scenario-import-input"
      />
    </div>
  );

  const library = (
    <div className="sc-layout">
      <ScenarioLibrary selectedId={selectedId} dirty={dirty} onSelect={select} />
      <div className="sc-main">
        {status === 'error' && (
          <Banner kind="error" testId="scenario-error">
            {error}
          </Banner>
        )}
        {status === 'loading' && <p className="muted">{t('scenarios.loading')}</p>}
        {status !== 'ready' && actionError !== null && (
          <Banner kind="error" testId="scenario-action-error">
            {actionError}
          </Banner>
        )}
        {status === 'idle' && (
          <>
            {notice !== null && <Banner kind="info">{notice}</Banner>}
            <p className="placeholder">{t('scenarios.none')}</p>
          </>
        )}
        {status === 'ready' && draft !== null && saved !== null && <ScenarioEditor key={saved.id} draft={draft} saved={saved} builtIn={builtIn} />}
      </div>
    </div>
  );

  return (
    <section className="screen scenarios-screen" data-testid="screen-scenarios">
      <ScreenHeading aside={importButton}>{t('scenarios.title')}</ScreenHeading>
      <p className="hint sc-intro">{t('scenarios.intro')}</p>
      <ScenarioTabs current={tab} panelId={panelId} />
      <div id={panelId} role="tabpanel" className="sc-tabpanel">
        {tab === 'reverse' ? <ReverseTab /> : library}
      </div>
      {pending !== null && (
        <ConfirmDialog
          title={t('scenarios.dialog.discardTitle')}
          confirmLabel={t('scenarios.dialog.discardConfirm')}
          onConfirm={async () => {
            // Still inside the click: the browser lets the file chooser open.
            if (pending === 'import') chooseFile();
            else void open(pending.open);
            return null;
          }}
          onClose={() => setPending(null)}
          testId="discard-dialog"
        >
          <p>{t('scenarios.dialog.discardText', { name: draft?.name ?? '' })}</p>
        </ConfirmDialog>
      )}
    </section>
  );
}
