import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Holding } from '../domain/holding';
import { ImportIssue } from '../domain/portfolio';
import { importHoldings, importMessages, type ImportOutcome } from './index';

const fixtureDir = new URL('../../tests/fixtures/import/', import.meta.url);
const fixtures: Uint8Array[] = ['ok/', 'not-ok/', 'extra/'].flatMap((sub) =>
  readdirSync(new URL(sub, fixtureDir))
    .filter((f) => f.endsWith('.csv'))
    .map((f) => new Uint8Array(readFileSync(new URL(`${sub}${f}`, fixtureDir)))),
);

/** The contract: ok with at least one valid holding, or a refusal with a real sentence — never the internal-error fallback. */
function expectWellFormed(outcome: ImportOutcome): void {
  if (outcome.ok) {
    expect(outcome.holdings.length).toBeGreaterThan(0);
    for (const h of outcome.holdings) expect(Holding.safeParse(h).success).toBe(true);
    for (const i of outcome.issues) expect(ImportIssue.safeParse(i).success).toBe(true);
  } else {
    expect(outcome.reason.trim()).not.toBe('');
    expect(outcome.reason).not.toBe(importMessages.internal);
  }
}

const mutate = fc.tuple(
  fc.constantFrom(...fixtures),
  fc.array(
    fc.oneof(
      fc.record({ kind: fc.constant('set' as const), at: fc.nat(), byte: fc.integer({ min: 0, max: 255 }) }),
      fc.record({ kind: fc.constant('cut' as const), at: fc.nat() }),
      fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: fc.constantFrom('"', ',', ';', '\t', '\n', '\r\n', '--', '(', '-', '\u0000', 'Total', '$') }),
    ),
    { maxLength: 8 },
  ),
);

function apply(bytes: Uint8Array, edits: ReadonlyArray<{ kind: 'set' | 'cut' | 'insert'; at: number; byte?: number; text?: string }>): Uint8Array {
  let out = Array.from(bytes);
  for (const e of edits) {
    const at = out.length === 0 ? 0 : e.at % (out.length + 1);
    if (e.kind === 'set' && out.length > 0) out[Math.min(at, out.length - 1)] = e.byte ?? 0;
    if (e.kind === 'cut') out = out.slice(0, at);
    if (e.kind === 'insert') out.splice(at, 0, ...new TextEncoder().encode(e.text ?? ''));
  }
  return Uint8Array.from(out);
}

describe('importHoldings never throws (property)', () => {
  it('on random text', () => {
    const csvish = fc.stringMatching(/^[A-Za-z0-9 ,;\t\n\r"$€()%.\-+*#/:]{0,300}$/);
    fc.assert(fc.property(fc.oneof(fc.string({ maxLength: 300 }), csvish), (text) => {
      expectWellFormed(importHoldings(new TextEncoder().encode(text), { fileName: 'random.csv' }));
    }), { numRuns: 400 });
  });

  it('on random bytes', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 400 }), (bytes) => {
      expectWellFormed(importHoldings(bytes, { fileName: 'random.csv' }));
    }), { numRuns: 300 });
  });

  it('on mutated fixture bytes', () => {
    fc.assert(fc.property(mutate, ([bytes, edits]) => {
      expectWellFormed(importHoldings(apply(bytes, edits), { fileName: 'mutated.csv' }));
    }), { numRuns: 400 });
  });

  it('on odd options', () => {
    fc.assert(fc.property(fc.constantFrom(...fixtures), fc.dictionary(fc.constantFrom('symbol', 'quantity', 'price', 'marketValue', 'currency'), fc.string({ maxLength: 12 })), (bytes, mapping) => {
      expectWellFormed(importHoldings(bytes, { fileName: '', mapping, maxBytes: 1_000_000, overrides: { NVDA: [{ tag: 'btc', weight: 2 }] } }));
    }), { numRuns: 150 });
  });
});
