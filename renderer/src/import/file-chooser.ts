import { useImportStore } from './import-store';

/** The page's one hidden file input (mounted by ImportController). */
let input: HTMLInputElement | null = null;

export function registerFileInput(element: HTMLInputElement | null): void {
  input = element;
}

type UserActivation = { isActive: boolean };

/**
 * Opens the same import flow from the button, Ctrl/Cmd+O and the File menu. Browsers open a file chooser
 * only right after a click or key press; without one (a menu command arriving as an event), the dialog
 * opens on its "choose a file" step instead, whose button then opens the chooser.
 */
export function startImport(): void {
  const activation: UserActivation | undefined = Reflect.get(navigator, 'userActivation');
  if (input !== null && (activation === undefined || activation.isActive)) {
    input.value = '';
    input.click();
    return;
  }
  useImportStore.getState().showChooser();
}
