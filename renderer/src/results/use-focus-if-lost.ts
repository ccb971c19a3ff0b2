import { useEffect, type RefObject } from 'react';

/**
 * On mount, moves the focus to `ref` when the focus was lost: on the page itself, or on a control that has just
 * been disabled or removed (Run while a run starts, Cancel when it ends). Focus that sits anywhere else stays.
 */
export function useFocusIfLost(ref: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const active = document.activeElement;
    const lost =
      active === null ||
      active === document.body ||
      !active.isConnected ||
      (active instanceof HTMLButtonElement && active.disabled);
    if (lost) ref.current?.focus();
  }, [ref]);
}
