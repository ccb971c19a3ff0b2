import { FuseState, FuseV1Options, FuseVersion, getCurrentFuseWire, type FuseV1Config } from '@electron/fuses';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fuseLines, main } from './flip-fuses';
import { appAsarPath, applyFuses, fuseConfig } from './fuses';

/** The configuration the packaged app must get, spelled out fuse by fuse (fuses.ts says why). */
const expected = (asar: boolean, resetAdHocDarwinSignature = false): FuseV1Config => ({
  version: FuseVersion.V1,
  strictlyRequireAllFuses: true,
  resetAdHocDarwinSignature,
  [FuseV1Options.RunAsNode]: false,
  [FuseV1Options.EnableCookieEncryption]: true,
  [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
  [FuseV1Options.EnableNodeCliInspectArguments]: false,
  [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: asar,
  [FuseV1Options.OnlyLoadAppFromAsar]: asar,
  [FuseV1Options.LoadBrowserProcessSpecificV8Snapshot]: false,
  [FuseV1Options.GrantFileProtocolExtraPrivileges]: true,
  [FuseV1Options.WasmTrapHandlers]: true,
});

/** Records what the script asks @electron/fuses to do, instead of a binary. */
function recorder() {
  const calls: [string, FuseV1Config][] = [];
  return { calls, flip: async (binary: string, config: FuseV1Config) => (calls.push([binary, config]), 1) };
}

/** A stand-in for an Electron binary: some bytes, the fuse sentinel, version 1, 9 fuses in Electron's default states. */
const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
const DEFAULT_WIRE = '101100011';
function fakeBinary(dir: string, name = 'aftershock'): string {
  const file = join(dir, name);
  writeFileSync(file, Buffer.concat([Buffer.from('\x7fELF fake binary '), Buffer.from(SENTINEL), Buffer.from([1, DEFAULT_WIRE.length]), Buffer.from(DEFAULT_WIRE), Buffer.from(' rest')]));
  return file;
}

describe('the fuses of the packaged app', () => {
  it('asks for exactly this configuration, every fuse named', () => {
    expect(fuseConfig({ asar: true, resetAdHocSignature: false })).toEqual(expected(true));
    expect(fuseConfig({ asar: false, resetAdHocSignature: true })).toEqual(expected(false, true));
    // Every fuse @electron/fuses knows is set, so strictlyRequireAllFuses holds (a new one fails the packaging).
    const named = Object.keys(fuseConfig({ asar: true, resetAdHocSignature: false })).filter((k) => /^\d+$/.test(k));
    expect(named.map(Number).sort((a, b) => a - b)).toEqual(Object.values(FuseV1Options).filter((v) => typeof v === 'number'));
  });

  it('finds app.asar where each platform’s layout puts it', () => {
    expect(appAsarPath('/opt/Aftershock/aftershock')).toBe('/opt/Aftershock/resources/app.asar');
    expect(appAsarPath('/tmp/out/Aftershock.app')).toBe('/tmp/out/Aftershock.app/Contents/Resources/app.asar');
    expect(appAsarPath('/tmp/out/Aftershock.app/Contents/MacOS/Aftershock')).toBe('/tmp/out/Aftershock.app/Contents/Resources/app.asar');
  });

  it('turns the asar fuses on when the app is packaged as app.asar, off when not, or as told', async () => {
    const r = recorder();
    await applyFuses('/opt/A/aftershock', { flip: r.flip, exists: (p) => p === '/opt/A/resources/app.asar' });
    await applyFuses('/opt/B/aftershock', { flip: r.flip, exists: () => false });
    await applyFuses('/opt/B/aftershock', { flip: r.flip, exists: () => false, asar: true, resetAdHocSignature: true });
    expect(r.calls).toEqual([
      ['/opt/A/aftershock', expected(true)],
      ['/opt/B/aftershock', expected(false)],
      ['/opt/B/aftershock', expected(true, true)],
    ]);
  });

  it('writes that wire into a binary through @electron/fuses and reads it back (a fake binary, no Electron needed)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'aftershock-fuses-'));
    const binary = fakeBinary(dir);
    mkdirSync(join(dir, 'resources'));
    writeFileSync(join(dir, 'resources', 'app.asar'), 'asar');
    const lines: string[] = [];
    expect(await main([binary], (line) => lines.push(line))).toBe(0);
    const wire = await getCurrentFuseWire(binary);
    const on = FuseState.ENABLE;
    const off = FuseState.DISABLE;
    expect(wire).toEqual({ version: '1', 0: off, 1: on, 2: off, 3: off, 4: on, 5: on, 6: off, 7: on, 8: on });
    expect(readFileSync(binary).subarray(0, 17).toString()).toBe('\x7fELF fake binary ');
    expect(lines[0]).toBe(`Flipped the fuses of ${binary} (packaged as app.asar: yes):`);
    expect(lines).toContain('  RunAsNode: off');
    expect(await fuseLines(binary)).toContain('OnlyLoadAppFromAsar: on');
  });

  it('refuses a wire with a fuse it has not decided on, and bad arguments', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'aftershock-fuses-'));
    const binary = join(dir, 'future-electron');
    writeFileSync(binary, Buffer.concat([Buffer.from(SENTINEL), Buffer.from([1, 10]), Buffer.from(`${DEFAULT_WIRE}1`)]));
    const lines: string[] = [];
    expect(await main([binary, '--asar', 'no'], (line) => lines.push(line))).toBe(1);
    expect(lines[0]).toMatch(/^Could not flip the fuses of .*strictlyRequireAllFuses/);
    expect(await main([], () => {})).toBe(2);
    expect(await main([binary, '--asar', 'maybe'], () => {})).toBe(2);
    expect(await main([binary, '--frobnicate'], () => {})).toBe(2);
  });
});
