import { parseRoute, routeHref, type RouteId } from '../routing/routes';
import { useSavedRunsStore } from '../results/saved-runs-store';
import { useEditorStore } from '../scenarios/editor-store';
import { useKeyboardStore } from './keyboard-store';
import type { PaletteTarget } from './palette-items';

/** Shows a screen; one already shown (Settings › FX included) stays as it is. */
export function showScreen(route: RouteId): void {
  if (parseRoute(window.location.hash) !== route) window.location.hash = routeHref(route);
}

/** Opens a scenario in the editor and shows it; when the editor holds unsaved changes to another, asks first. */
export function openScenario(id: string, force = false): void {
  const editor = useEditorStore.getState();
  if (editor.selectedId !== id) {
    if (editor.dirty && !force) {
      useKeyboardStore.getState().askDiscard({ id, name: editor.draft?.name ?? '' });
      return;
    }
    void editor.open(id);
  }
  showScreen('scenarios');
}

/** Does what a palette option says: a screen, a saved run on Results, or a scenario in the editor. */
export function goToTarget(target: PaletteTarget): void {
  if (target.kind === 'screen') return showScreen(target.route);
  if (target.kind === 'run') {
    // Asked before the screen mounts, so Results shows this run rather than the newest one.
    void useSavedRunsStore.getState().open(target.runId);
    return showScreen('results');
  }
  openScenario(target.scenarioId);
}
