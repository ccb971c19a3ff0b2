import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const electronDir = join(process.cwd(), 'node_modules', 'electron');

/**
 * Where the Electron binary is, without triggering its download (requiring 'electron' would fetch it),
 * or why it cannot be used here.
 */
export function findElectronBinary(): { path: string } | { skip: string } {
  const pathFile = join(electronDir, 'path.txt');
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : 'electron';
  const candidate = override ? join(override, relative) : join(electronDir, 'dist', relative);
  if (!existsSync(candidate)) {
    return {
      skip: `No Electron binary at ${candidate}: it is downloaded on the first "npm start" (not possible offline). The same UI and contract are tested through the web host.`,
    };
  }
  if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
    return { skip: 'No display for the Electron window: run the e2e under xvfb-run to include the Electron test.' };
  }
  return { path: candidate };
}
