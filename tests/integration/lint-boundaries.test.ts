import { ESLint } from 'eslint';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const cwd = fileURLToPath(new URL('../..', import.meta.url));
const eslint = new ESLint({ cwd });

/** Lints a snippet as if it lived at `filePath` and returns the boundary violations. */
async function violations(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('import boundaries', () => {
  it.each([
    ["import { app } from 'electron';", 'shared/model/fake.ts'],
    ["import { readFileSync } from 'node:fs';", 'shared/import/fake.ts'],
    ["import { readFileSync } from 'fs';", 'shared/domain/fake.ts'],
    ["import { useState } from 'react';", 'shared/domain/fake.ts'],
    ["import { startBackend } from '../../electron/backend/start-backend';", 'shared/api/fake.ts'],
    ["import { app } from 'electron';", 'electron/backend/fake.ts'],
    ["import { app } from 'electron';", 'electron/web/fake.ts'],
    ["import { startBackend } from '../../electron/backend/start-backend';", 'renderer/src/fake.ts'],
    ["import { ipcRenderer } from 'electron';", 'renderer/src/fake.tsx'],
  ])('%s is refused in %s', async (code, filePath) => {
    expect(await violations(`${code}\nexport const x = 1;`, filePath)).not.toEqual([]);
  });

  it.each([
    ["import { app } from 'electron';", 'electron/main/fake.ts'],
    ["import { contextBridge } from 'electron';", 'electron/preload/fake.ts'],
    ["import { z } from 'zod';", 'shared/domain/fake.ts'],
    ["import { calls } from '../../shared/api/contract';", 'renderer/src/fake.ts'],
    ["import { readFileSync } from 'node:fs';", 'electron/backend/fake.ts'],
  ])('%s is allowed in %s', async (code, filePath) => {
    expect(await violations(`${code}\nexport const x = 1;`, filePath)).toEqual([]);
  });
});
