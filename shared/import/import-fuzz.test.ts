import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { outcomeProblems, previewProblems, runCase, timeBoundMs, type CaseResult } from '../../tests/fuzz/check-outcome';
import { bigCase, smallCase, type ImportCase } from '../../tests/fuzz/import-cases';
import { loadSeedFiles } from '../../tests/fuzz/seed-files';

const seeds = loadSeedFiles();

/** What a case did wrong, [] when it kept the contract (said with the case, so a failure shows what was fed in). */
function wrongs(c: ImportCase, r: CaseResult): string[] {
  const slow = r.ms > timeBoundMs(c.bytes.length) ? [`took ${Math.round(r.ms)} ms, over ${timeBoundMs(c.bytes.length)} ms`] : [];
  return [...(r.crash ? [`crash: ${r.crash}`] : []), ...r.problems, ...slow].map((w) => `${c.family} (${c.note}): ${w}`);
}

describe('importHoldings on malformed files (property; the same cases as npm run fuzz)', () => {
  it('previews with line-numbered problems or refuses with a sentence, never throws, in time: 3,000 small files', () => {
    fc.assert(fc.property(smallCase(seeds), (c) => void expect(wrongs(c, runCase(c))).toEqual([])), { numRuns: 3000 });
  });

  it('the same on big files: fields of up to 1 MB, 10,000 columns, tens of thousands of lines', () => {
    fc.assert(fc.property(bigCase(seeds), (c) => void expect(wrongs(c, runCase(c))).toEqual([])), { numRuns: 6 });
  });
});

describe('the fuzz checks themselves', () => {
  const holding = { id: 'x', symbol: 'NVDA', name: '', account: '', quantity: 1, price: 1, marketValueCents: 100, currency: 'USD', assetClass: null, securityType: null, faceValue: null, coupon: null, maturity: null, advValue: null, exposures: [{ tag: 'ai_equity', weight: 1, source: { kind: 'user' } }], line: 2 };
  const issue = { line: 2, severity: 'info', message: 'Blank line skipped.', key: 'import.msg.blankLine' };

  it('accept a well-formed preview and refusal', () => {
    expect(outcomeProblems({ ok: true, holdings: [holding], issues: [issue] }, 3)).toEqual([]);
    expect(outcomeProblems({ ok: false, reason: 'The file is empty.', key: 'import.msg.empty' }, 1)).toEqual([]);
  });

  it('fail a line outside the file, an unknown key, a placeholder without its param and a refusal without a reason', () => {
    expect(outcomeProblems({ ok: true, holdings: [{ ...holding, line: 4 }], issues: [{ ...issue, line: 9 }] }, 3)).toEqual([
      'holding 1 on line 4 of a 3-line file',
      'issue 1 on line 9 of a 3-line file',
    ]);
    expect(outcomeProblems({ ok: true, holdings: [holding], issues: [{ ...issue, key: 'import.msg.nope' }] }, 3)).toEqual(['issue 1 (line 2): unknown message key import.msg.nope']);
    expect(outcomeProblems({ ok: false, reason: ' ', key: 'import.msg.blankLines', params: { count: 2 } }, 1)).toEqual([
      'refusal without a reason',
      'refusal: import.msg.blankLines lacks its {from}',
      'refusal: import.msg.blankLines lacks its {to}',
    ]);
    expect(outcomeProblems({ ok: true, holdings: [], issues: [] }, 1)).toEqual(['previewed without a holding']);
  });

  it('count the importer’s fallback refusal as a crash', () => {
    const fallback = { ok: false as const, fileName: 'x.csv', reason: 'unexpected', key: 'import.msg.internal', columns: [], headerSignature: '' };
    expect(previewProblems(fallback, 1).crash).toMatch(/internal refusal/);
  });

  it('bound each case at 2 s up to 1 MB and 2 s a MB above', () => {
    expect([timeBoundMs(0), timeBoundMs(1 << 20), timeBoundMs(3 << 20)]).toEqual([2000, 2000, 6000]);
  });
});
