import { create } from 'zustand';

/** What the keyboard layer shows over the app: the command palette, the shortcut help, or nothing. */
export type KeyboardOverlay = 'palette' | 'help' | null;

export type KeyboardStore = {
  overlay: KeyboardOverlay;
  /** A scenario chosen in the palette while the editor holds unsaved changes: opening it waits for "discard?". */
  pendingScenario: { id: string; name: string } | null;
  open: (overlay: Exclude<KeyboardOverlay, null>) => void;
  close: () => void;
  askDiscard: (pending: { id: string; name: string } | null) => void;
};

export const useKeyboardStore = create<KeyboardStore>()((set) => ({
  overlay: null,
  pendingScenario: null,
  open: (overlay) => set({ overlay }),
  close: () => set({ overlay: null }),
  askDiscard: (pendingScenario) => set({ pendingScenario }),
}));
