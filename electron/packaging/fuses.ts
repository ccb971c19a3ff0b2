import { flipFuses, FuseV1Options, FuseVersion, type FuseV1Config } from '@electron/fuses';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/**
 * The Electron fuses the packaged app is shipped with (electronjs.org/docs/latest/tutorial/fuses), flipped in the
 * packaged binary before it is signed. Every fuse is named (strictlyRequireAllFuses), so an Electron upgrade that adds
 * one fails the packaging until someone decides it.
 *
 * - RunAsNode off: the engine's workers are utilityProcess children, never the Electron binary run as Node
 *   (ELECTRON_RUN_AS_NODE would make the signed app a general Node); the CLI runs on Node, not on this binary.
 * - NODE_OPTIONS and --inspect / --inspect-brk / SIGUSR1 off: nothing in production uses them.
 * - Cookie encryption on: the app keeps no cookies, and it costs nothing (it is a one-way switch).
 * - ASAR integrity validation and only-load-from-app.asar on when the app is packaged as app.asar (the packager must
 *   then embed the archive's hash), off otherwise — with them on and no archive the app would not start.
 * - Browser-process V8 snapshot off: the app ships no snapshot of its own.
 * - Extra file:// privileges ON: the renderer is loaded from out/renderer/index.html as ES modules, which a plain
 *   browser refuses over file://; switching it off needs the renderer served from a custom protocol first.
 * - WebAssembly trap handlers on (Electron's default): the engine's Philox generator is WebAssembly SIMD.
 */
export type FuseChoice = { asar: boolean; resetAdHocSignature: boolean };

export function fuseConfig({ asar, resetAdHocSignature }: FuseChoice): FuseV1Config {
  return {
    version: FuseVersion.V1,
    strictlyRequireAllFuses: true,
    resetAdHocDarwinSignature: resetAdHocSignature,
    [FuseV1Options.RunAsNode]: false,
    [FuseV1Options.EnableCookieEncryption]: true,
    [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
    [FuseV1Options.EnableNodeCliInspectArguments]: false,
    [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: asar,
    [FuseV1Options.OnlyLoadAppFromAsar]: asar,
    [FuseV1Options.LoadBrowserProcessSpecificV8Snapshot]: false,
    [FuseV1Options.GrantFileProtocolExtraPrivileges]: true,
    [FuseV1Options.WasmTrapHandlers]: true,
  };
}

/**
 * Where a packaged app's app.asar would be: `Foo.app/Contents/Resources/app.asar` for a macOS bundle (given as the
 * .app or as its Contents/MacOS binary), else `resources/app.asar` beside the executable (Windows, Linux).
 */
export function appAsarPath(binary: string): string {
  const path = resolve(binary);
  const bundle = /^(.*?\.app)(?:[\\/]|$)/.exec(path)?.[1];
  return bundle ? join(bundle, 'Contents', 'Resources', 'app.asar') : join(dirname(path), 'resources', 'app.asar');
}

export type ApplyOptions = {
  /** true/false to say so; undefined: packaged as asar when app.asar is where the binary's layout puts it. */
  asar?: boolean;
  resetAdHocSignature?: boolean;
  flip?: (binary: string, config: FuseV1Config) => Promise<number>;
  exists?: (path: string) => boolean;
};

/** Flips the fuses of the packaged binary at `binary`; answers the configuration it asked for. */
export async function applyFuses(binary: string, options: ApplyOptions = {}): Promise<FuseV1Config> {
  const { flip = flipFuses, exists = existsSync } = options;
  const config = fuseConfig({ asar: options.asar ?? exists(appAsarPath(binary)), resetAdHocSignature: options.resetAdHocSignature ?? false });
  await flip(binary, config);
  return config;
}
