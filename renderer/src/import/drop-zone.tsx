import { useRef, useState, type DragEvent, type ReactNode } from 'react';
import { useT } from '../i18n/use-t';
import { useImportStore } from './import-store';

const hasFiles = (e: DragEvent) => Array.from(e.dataTransfer.types).includes('Files');

/** Wraps a screen so a file dropped anywhere on it opens the import preview; highlighted while a file is over it. */
export function DropZone({ children, testId }: { children: ReactNode; testId?: string }) {
  const t = useT();
  const [over, setOver] = useState(false);
  const depth = useRef(0);
  const leave = () => {
    depth.current = 0;
    setOver(false);
  };
  return (
    <section
      className={`screen drop-zone${over ? ' is-drag-over' : ''}`}
      data-testid={testId}
      onDragEnter={(e) => {
        if (!hasFiles(e)) return;
        e.preventDefault();
        depth.current += 1;
        setOver(true);
      }}
      onDragOver={(e) => {
        if (!hasFiles(e)) return;
        e.preventDefault();
        e.dataTransfer.dropEffect = 'copy';
      }}
      onDragLeave={(e) => {
        if (!hasFiles(e)) return;
        depth.current -= 1;
        if (depth.current <= 0) leave();
      }}
      onDrop={(e) => {
        if (!hasFiles(e)) return;
        e.preventDefault();
        leave();
        const file = e.dataTransfer.files[0];
        if (file) void useImportStore.getState().openFile(file);
      }}
    >
      {children}
      {over && (
        <div className="drop-overlay" aria-hidden="true">
          <p>{t('import.dropHere')}</p>
        </div>
      )}
    </section>
  );
}
