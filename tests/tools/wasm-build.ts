/**
 * `npm run build:wasm`: assembles shared/engine/wasm/*.wat with wabt (a devDependency; nothing at run time) and writes
 * each binary, base64, into a sibling `*-binary.ts` the engine imports — so it loads in any host without a file read.
 * tests/integration/wasm-binary.test.ts checks the committed binaries are what their .wat sources assemble to.
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import wabtInit from 'wabt';

export const WASM_DIR = fileURLToPath(new URL('../../shared/engine/wasm/', import.meta.url));

/** The binary a .wat source assembles to (SIMD on, no names section: the same bytes on every machine). */
export async function assemble(file: string): Promise<Uint8Array> {
  const wabt = await wabtInit();
  const mod = wabt.parseWat(file, readFileSync(join(WASM_DIR, file), 'utf8'), { simd: true });
  try {
    mod.validate();
    return mod.toBinary({ write_debug_names: false }).buffer;
  } finally {
    mod.destroy();
  }
}

export const binaryModule = (file: string, bytes: Uint8Array): string =>
  [
    `/** ${file} assembled by \`npm run build:wasm\` (tests/tools/wasm-build.ts): do not edit; a test checks it matches. */`,
    `export const BINARY_BASE64 = '${Buffer.from(bytes).toString('base64')}';`,
    '',
  ].join('\n');

export const binaryFile = (file: string): string => file.replace(/\.wat$/, '-binary.ts');

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const file of readdirSync(WASM_DIR).filter((f) => f.endsWith('.wat'))) {
    const bytes = await assemble(file);
    writeFileSync(join(WASM_DIR, binaryFile(file)), binaryModule(file, bytes));
    console.log(`${file}: ${bytes.length} bytes → ${binaryFile(file)}`);
  }
}
