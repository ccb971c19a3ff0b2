import { useEffect, useId, useRef, type ReactNode } from 'react';

type DialogProps = {
  title: ReactNode;
  /** Escape, the close button and Cancel all call this; the parent unmounts the dialog. */
  onCancel: () => void;
  children: ReactNode;
  /** Buttons at the bottom, always in view. */
  footer?: ReactNode;
  size?: 'small' | 'wide';
  testId?: string;
  closeLabel: string;
};

/**
 * A modal dialog on the native <dialog>: the page behind is inert, focus stays inside, Escape cancels.
 * On open, focus goes to the element marked data-autofocus (else the title); on close, back to where it was.
 */
export function Dialog({ title, onCancel, children, footer, size = 'small', testId, closeLabel }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const cancel = useRef(onCancel);
  useEffect(() => {
    cancel.current = onCancel;
  });

  useEffect(() => {
    const dialog = ref.current;
    if (dialog === null) return;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (!dialog.open) dialog.showModal();
    const first = dialog.querySelector<HTMLElement>('[data-autofocus]') ?? dialog.querySelector<HTMLElement>('h2');
    first?.focus();
    const onCancelEvent = (event: Event) => {
      event.preventDefault();
      cancel.current();
    };
    dialog.addEventListener('cancel', onCancelEvent);
    return () => {
      dialog.removeEventListener('cancel', onCancelEvent);
      if (dialog.open) dialog.close();
      if (opener !== null && opener !== document.body && opener.isConnected) opener.focus();
      else document.querySelector<HTMLElement>('main h1')?.focus();
    };
  }, []);

  return (
    <dialog ref={ref} className={`dialog dialog-${size}`} aria-labelledby={titleId} data-testid={testId}>
      <div className="dialog-head">
        <h2 id={titleId} tabIndex={-1}>
          {title}
        </h2>
        <button type="button" className="dialog-close" aria-label={closeLabel} title={closeLabel} onClick={() => cancel.current()}>
          <span aria-hidden="true">×</span>
        </button>
      </div>
      <div className="dialog-body">{children}</div>
      {footer && <div className="dialog-foot">{footer}</div>}
    </dialog>
  );
}
