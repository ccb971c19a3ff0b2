import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { assemble, binaryFile, WASM_DIR } from '../tools/wasm-build';

describe('committed WebAssembly binaries', () => {
  const sources = readdirSync(WASM_DIR).filter((f) => f.endsWith('.wat'));
  it('there is at least one .wat source', () => expect(sources.length).toBeGreaterThan(0));
  for (const file of sources)
    it(`${binaryFile(file)} is what ${file} assembles to (run npm run build:wasm after editing it)`, async () => {
      const { BINARY_BASE64 } = (await import(`../../shared/engine/wasm/${binaryFile(file).replace(/\.ts$/, '')}`)) as { BINARY_BASE64: string };
      expect(BINARY_BASE64).toBe(Buffer.from(await assemble(file)).toString('base64'));
    });
});
