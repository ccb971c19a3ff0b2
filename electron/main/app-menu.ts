import { app, dialog, Menu, type BrowserWindow, type MenuItemConstructorOptions } from 'electron';
import type { ApiEvent } from '../../shared/api';
import { menuAccelerator } from '../../shared/keyboard/shortcuts';

type MenuDeps = {
  window: () => BrowserWindow | null;
  emit: (event: ApiEvent) => void;
  version: string;
};

/** File › Import CSV…, Export…, Print…, Quit; View; Help › About. Commands are pushed to the UI to act on. */
export function installMenu({ window, emit, version }: MenuDeps): void {
  const command = (c: 'import-csv' | 'export' | 'print') => () => emit({ name: 'app.command', payload: { command: c } });
  const template: MenuItemConstructorOptions[] = [
    {
      label: 'File',
      submenu: [
        { label: 'Import CSV…', accelerator: menuAccelerator('import-csv'), click: command('import-csv') },
        { label: 'Export PDF…', accelerator: menuAccelerator('export'), click: command('export') },
        { label: 'Print…', accelerator: menuAccelerator('print'), click: command('print') },
        { type: 'separator' },
        { role: 'quit' },
      ],
    },
    {
      label: 'View',
      submenu: [{ role: 'reload' }, { role: 'toggleDevTools' }, { type: 'separator' }, { role: 'resetZoom' }, { role: 'zoomIn' }, { role: 'zoomOut' }, { type: 'separator' }, { role: 'togglefullscreen' }],
    },
    {
      label: 'Help',
      submenu: [
        {
          label: 'About Aftershock',
          click: () => {
            const parent = window();
            const options = {
              type: 'info' as const,
              title: 'About Aftershock',
              message: `Aftershock ${version}`,
              detail: `Portfolio stress tests for an AI-capex bust.\nElectron ${process.versions.electron}, Node ${process.versions.node}.\nA model, not a forecast; not investment advice.`,
            };
            void (parent ? dialog.showMessageBox(parent, options) : dialog.showMessageBox(options));
          },
        },
      ],
    },
  ];
  if (process.platform === 'darwin') template.unshift({ label: app.name, submenu: [{ role: 'about' }, { role: 'quit' }] });
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
