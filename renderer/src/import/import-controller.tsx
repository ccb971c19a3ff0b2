import { useEffect, useRef } from 'react';
import { api } from '../api/api';
import { useT } from '../i18n/use-t';
import { isMac, matchesShortcut } from '../keyboard/match-shortcut';
import { routeHref } from '../routing/routes';
import { registerFileInput, startImport } from './file-chooser';
import { ImportDialog } from './import-dialog';
import { useImportStore } from './import-store';

/** Shows the Portfolio screen, where the imported book will appear. */
function showPortfolio(): void {
  const href = routeHref('portfolio');
  if (window.location.hash !== href) window.location.hash = href;
}

/**
 * The one way into the import flow, mounted once for the whole app: the hidden file input,
 * Ctrl/Cmd+O in the page, and File › Import CSV… from the native menu (an app.command event).
 */
export function ImportController() {
  const t = useT();
  const inputRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    registerFileInput(inputRef.current);
    return () => registerFileInput(null);
  }, []);

  useEffect(() => {
    const mac = isMac();
    const onKey = (e: KeyboardEvent) => {
      if (!matchesShortcut('import-csv', e, mac) || e.defaultPrevented) return;
      e.preventDefault();
      showPortfolio();
      startImport();
    };
    // A file dropped outside the Portfolio screen's drop zone must not replace the app with the file.
    const ignoreFileDrop = (e: DragEvent) => {
      if (e.dataTransfer && Array.from(e.dataTransfer.types).includes('Files')) e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    window.addEventListener('dragover', ignoreFileDrop);
    window.addEventListener('drop', ignoreFileDrop);
    const unsubscribe = api.subscribe((event) => {
      if (event.name !== 'app.command' || event.payload.command !== 'import-csv') return;
      showPortfolio();
      startImport();
    });
    return () => {
      window.removeEventListener('keydown', onKey);
      window.removeEventListener('dragover', ignoreFileDrop);
      window.removeEventListener('drop', ignoreFileDrop);
      unsubscribe();
    };
  }, []);

  return (
    <>
      <input
        ref={inputRef}
        type="file"
        accept=".csv,.tsv,.txt,text/csv,text/plain,text/tab-separated-values"
        className="visually-hidden"
        tabIndex={-1}
        aria-label={t('import.fileInputLabel')}
        data-testid="import-file-input"
        onChange={(e) => {
          const file = e.target.files?.[0];
          if (file) {
            showPortfolio();
            void useImportStore.getState().openFile(file);
          }
        }}
      />
      <ImportDialog />
    </>
  );
}
