import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { BRIDGE_KEY, type PreloadBridge } from '../../shared/api/bridge';
import { CALL_NAMES, IPC_CHANNELS, type ApiEvent } from '../../shared/api/contract';

// Exposes exactly the contract's calls and event subscription; no raw ipcRenderer reaches the page.
const calls = Object.fromEntries(
  CALL_NAMES.map((name) => [name, (input: unknown) => ipcRenderer.invoke(IPC_CHANNELS.call, name, input)]),
) as PreloadBridge['calls'];

const bridge = {
  calls,
  onEvent: (listener: (event: ApiEvent) => void) => {
    const handler = (_event: IpcRendererEvent, apiEvent: ApiEvent) => listener(apiEvent);
    ipcRenderer.on(IPC_CHANNELS.event, handler);
    return () => void ipcRenderer.removeListener(IPC_CHANNELS.event, handler);
  },
} satisfies PreloadBridge;

contextBridge.exposeInMainWorld(BRIDGE_KEY, bridge);
