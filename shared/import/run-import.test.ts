import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Holding } from '../domain/holding';
import { ImportIssue } from '../domain/portfolio';
import { runImport } from './run-import';

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);
const run = (text: string | Uint8Array, extra: Partial<Parameters<typeof runImport>[1]> = {}) =>
  runImport(typeof text === 'string' ? utf8(text) : text, { fileName: 'test.csv', ...extra });

describe('runImport', () => {
  it('refuses files over the size limit with a sentence giving the size', () => {
    expect(run('symbol,quantity,price\nNVDA,1,1\n', { maxBytes: 10 })).toMatchObject({
      ok: false,
      reason: 'The file is 31 bytes, over the 10 bytes limit: export fewer rows or split it into smaller files.',
      columns: [],
    });
  });

  it('refuses when every row has a problem, quoting the first', () => {
    expect(run('symbol,quantity,price\nAMD,abc,1\nIBIT,600,\n')).toMatchObject({
      ok: false,
      key: 'import.msg.noHoldings',
      // The first problem is a message of its own, so that it is said in the reader's language with the rest.
      params: { count: 2, line: 2, first: { key: 'import.msg.quantityNotNumber', params: { value: 'abc' } } },
      reason: 'No holding could be read: all 2 rows have problems; the first, on line 2: The quantity "abc" is not a number; the row was not imported.',
      columns: ['symbol', 'quantity', 'price'],
    });
  });

  it('reads with a user mapping and remembers the header signature', () => {
    const r = run('Wertpapier;Stk;Wert;Whg\nNVIDIA;10;1.824,00;EUR\n', { mapping: { name: 'Wertpapier', quantity: 'Stk', marketValue: 'Wert', currency: 'Whg' } });
    expect(r).toMatchObject({ ok: true, format: 'mapped', headerSignature: 'wertpapier|stk|wert|whg', columns: ['Wertpapier', 'Stk', 'Wert', 'Whg'] });
    if (r.ok) expect(r.holdings[0]).toMatchObject({ symbol: 'NVIDIA', quantity: 10, marketValueCents: 182400, currency: 'EUR' });
  });

  it('applies user overrides', () => {
    const r = run('symbol,quantity,price,currency\nNVDA,1,1,USD\n', { overrides: { NVDA: [{ tag: 'equity', weight: 0.5 }, { tag: 'cash', weight: 0.5 }] } });
    expect(r.ok && r.holdings[0]?.exposures.map((e) => [e.tag, e.weight, e.source.kind])).toEqual([['equity', 0.5, 'user'], ['cash', 0.5, 'user']]);
  });

  it('says when a file was read as Windows-1252 and when a quote is never closed', () => {
    const bytes = Uint8Array.from([...utf8('symbol,name,quantity,price,currency\nA,M'), 0xfc, ...utf8('nchen,1,1,EUR\nB,"open,1,1,EUR\nC,x,1,1,EUR\n')]);
    const r = run(bytes);
    if (!r.ok) throw new Error(r.reason);
    expect(r.holdings.map((h) => [h.line, h.symbol, h.name])).toEqual([[2, 'A', 'München'], [4, 'C', 'x']]);
    expect(r.issues.map((i) => [i.line, i.severity])).toEqual([[null, 'info'], [3, 'warning'], [3, 'error']]);
  });

  it('reads the bundled sample portfolio cleanly, every holding valid against the domain schema', () => {
    const bytes = new Uint8Array(readFileSync(new URL('../../resources/sample-portfolio.csv', import.meta.url)));
    const r = run(bytes, { fileName: 'sample-portfolio.csv' });
    if (!r.ok) throw new Error(r.reason);
    expect(r.format).toBe('generic');
    expect(r.issues).toEqual([]);
    for (const h of r.holdings) expect(Holding.safeParse(h).success, h.symbol).toBe(true);
    const tags = Object.fromEntries(r.holdings.map((h) => [h.symbol, h.exposures.map((e) => e.tag).join('+')]));
    expect(tags).toMatchObject({
      'MARA 2.125 09/01/2031': 'miner_debt', 'CRWV 9.25 06/01/2030': 'ai_infra_debt', MSTR: 'btc+equity', BCRED: 'private_credit',
      ETH: 'crypto_other', 'MARGIN LOAN': 'cash', HYG: 'credit', TLT: 'govt',
    });
    expect(r.holdings.find((h) => h.symbol === 'MARGIN LOAN')?.marketValueCents).toBe(-4000000);
    for (const i of r.issues) expect(ImportIssue.safeParse(i).success).toBe(true);
  });
});
