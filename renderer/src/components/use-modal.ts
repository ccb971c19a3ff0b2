import { useEffect, useRef, type RefObject } from 'react';

/**
 * Shows a native <dialog> as a modal while the component is mounted: the page behind is inert, Escape calls
 * `onCancel`, the focus goes to what `initialFocus` picks and, on close, back to where it was (else the screen's h1).
 */
export function useModal(ref: RefObject<HTMLDialogElement | null>, onCancel: () => void, initialFocus: (dialog: HTMLDialogElement) => HTMLElement | null): void {
  const cancel = useRef(onCancel);
  const pick = useRef(initialFocus);
  useEffect(() => {
    cancel.current = onCancel;
    pick.current = initialFocus;
  });

  useEffect(() => {
    const dialog = ref.current;
    if (dialog === null) return;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (!dialog.open) dialog.showModal();
    pick.current(dialog)?.focus();
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
  }, [ref]);
}
