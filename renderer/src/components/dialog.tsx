import { useId, useRef, type ReactNode } from 'react';
import { useModal } from './use-modal';

type DialogProps = {
  title: ReactNode;
  /** Escape, the close button and Cancel all call this; the parent unmounts the dialog. */
  onCancel: () => void;
  children: ReactNode;
  /** Buttons at the bottom, always in view. */
  footer?: ReactNode;
  size?: 'small' | 'medium' | 'wide';
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
  useModal(ref, onCancel, (dialog) => dialog.querySelector<HTMLElement>('[data-autofocus]') ?? dialog.querySelector<HTMLElement>('h2'));

  return (
    <dialog ref={ref} className={`dialog dialog-${size}`} aria-labelledby={titleId} data-testid={testId}>
      <div className="dialog-head">
        <h2 id={titleId} tabIndex={-1}>
          {title}
        </h2>
        <button type="button" className="dialog-close" aria-label={closeLabel} title={closeLabel} onClick={onCancel}>
          <span aria-hidden="true">×</span>
        </button>
      </div>
      <div className="dialog-body">{children}</div>
      {footer && <div className="dialog-foot">{footer}</div>}
    </dialog>
  );
}
