import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { decodeText } from '../../shared/import/decode-text';
import type { SeedFile } from './import-cases';

const root = fileURLToPath(new URL('../..', import.meta.url));
const FOLDERS = ['tests/fixtures/import/ok', 'tests/fixtures/import/not-ok', 'tests/fixtures/import/extra'];

/** The broker exports the fuzz damages: every import fixture and the sample book, decoded, in a fixed order. */
export function loadSeedFiles(): SeedFile[] {
  const files = FOLDERS.flatMap((folder) =>
    readdirSync(join(root, folder))
      .filter((f) => f.endsWith('.csv'))
      .sort()
      .map((f) => join(folder, f)),
  );
  return [...files, 'resources/sample-portfolio.csv'].map((name) => ({ name, text: decodeText(new Uint8Array(readFileSync(join(root, name)))).text }));
}
