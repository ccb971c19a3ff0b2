import type { Scenario } from '../../../shared/domain/scenario';
import { api } from '../api/api';
import { errorMessage } from '../api/error-message';
import { translate } from '../i18n/translate';
import { useEditorStore } from './editor-store';
import { newScenarioId } from './library-model';
import { useLibraryStore } from './library-store';

/**
 * What the editor's buttons do. Each answers null when it worked, or the sentence saying why not (shown where it was
 * asked: in the dialog, or in the editor's banner). After a change the library is read again, so the Results screen's
 * picker (which reads the list when it mounts) sees it too.
 */

type Outcome = Promise<string | null>;

async function act(work: () => Promise<Scenario | null>, notice: (s: Scenario | null) => string | null): Outcome {
  const editor = useEditorStore.getState;
  useEditorStore.setState({ busy: true, actionError: null, notice: null });
  try {
    const scenario = await work();
    await useLibraryStore.getState().load();
    if (scenario !== null) editor().show(scenario, notice(scenario));
    else editor().close();
    useEditorStore.setState({ busy: false, notice: notice(scenario) });
    return null;
  } catch (err) {
    const message = errorMessage(err);
    useEditorStore.setState({ busy: false });
    return message;
  }
}

/** Reports a failure in the editor's banner (for buttons that have no dialog of their own). */
async function inBanner(outcome: Outcome): Promise<void> {
  const message = await outcome;
  if (message !== null) useEditorStore.setState({ actionError: message });
}

/** Saves the draft (a valid scenario of yours) under its own id. */
export const saveScenario = (scenario: Scenario): Promise<void> =>
  inBanner(act(() => api['scenarios.save']({ scenario }), () => translate('scenarios.status.saved')));

/** Saves the draft as a new scenario with its own name and id; the original stays as it was saved. */
export const saveScenarioAs = (scenario: Scenario, name: string): Outcome =>
  act(
    () => api['scenarios.save']({ scenario: { ...scenario, id: newScenarioId(name), name } }),
    (s) => translate('scenarios.status.savedAs', { name: s?.name ?? name }),
  );

/** Renames the scenario as saved (the draft's other changes stay unsaved and are kept). */
export async function renameScenario(saved: Scenario, name: string): Outcome {
  const { draft, dirty } = useEditorStore.getState();
  const result = await act(() => api['scenarios.save']({ scenario: { ...saved, name } }), () => translate('scenarios.status.renamed', { name }));
  if (result === null && dirty && draft !== null) useEditorStore.setState({ draft: { ...draft, name }, dirty: true });
  return result;
}

export const deleteScenario = (saved: Scenario): Outcome =>
  act(async () => {
    await api['scenarios.delete']({ id: saved.id });
    return null;
  }, () => translate('scenarios.status.deleted', { name: saved.name }));

/** Copies a scenario (a built-in, or yours as saved) into a new one of yours and opens it. */
export const duplicateScenario = (id: string): Promise<void> =>
  inBanner(act(() => api['scenarios.duplicate']({ id }), (s) => translate('scenarios.status.duplicated', { name: s?.name ?? '' })));

/** Adds a scenario from a JSON file the person chose; the back end's sentence names the file when it is not valid. */
export async function importScenarioFile(file: File): Promise<void> {
  let text: string;
  try {
    text = await file.text();
  } catch (err) {
    useEditorStore.setState({ actionError: translate('scenarios.error.read', { file: file.name, message: errorMessage(err) }) });
    return;
  }
  await inBanner(
    act(() => api['scenarios.import']({ fileName: file.name, text }), (s) => translate('scenarios.status.imported', { name: s?.name ?? '', file: file.name })),
  );
}

/** Downloads a scenario as pretty-printed JSON, named after its id. */
export function exportScenario(scenario: Scenario, doc: Document = document): void {
  const blob = new Blob([`${JSON.stringify(scenario, null, 2)}\n`], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const link = doc.createElement('a');
  link.href = url;
  link.download = `${scenario.id}.json`;
  doc.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
