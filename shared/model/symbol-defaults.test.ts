import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FACTORS } from '../domain/scenario';
import { makeHolding, makeInput, makeScenario } from '../engine/fixtures';
import { DEFAULT_RESOURCES } from './default-resources';
import { explainHoldings } from './explain';
import { groupPositions, subPositions } from './positions';
import { type InstrumentSymbolsResource, instrumentSymbolProblems, InstrumentSymbolsResource as Schema } from './resources';

/** Per-symbol instrument defaults (resources/instrument-symbols.json) and how the engine applies them. */
const file = JSON.parse(readFileSync(new URL('../../resources/instrument-symbols.json', import.meta.url), 'utf8')) as unknown;
const { instrumentSymbols, instrumentDefaults } = DEFAULT_RESOURCES;
const govt = instrumentDefaults.tags.govt.params;
const subsOf = (...holdings: Parameters<typeof makeInput>[0]) => subPositions(makeInput(holdings, makeScenario()));

describe('per-symbol instrument defaults', () => {
  it('parse, set only parameters of their tag’s model, and give every value its basis: cited, or an ASSUMPTION', () => {
    expect(() => Schema.parse(file)).not.toThrow();
    expect(instrumentSymbolProblems(instrumentSymbols, instrumentDefaults)).toEqual([]);
    for (const g of instrumentSymbols.groups)
      for (const key of Object.keys(g.params)) {
        const basis = g.basis[key]!;
        expect(basis.includes('ASSUMPTION') || (g.cite?.[key]?.length ?? 0) > 0, `${g.symbols.join()}: ${key}`).toBe(true);
      }
  });

  it('refuse a parameter of another model, a symbol listed twice, an unknown key and a value without basis', () => {
    const good = instrumentSymbols.groups[0]!;
    const withDscr: InstrumentSymbolsResource = { ...instrumentSymbols, groups: [{ ...good, params: { dscr0: 2 }, basis: { dscr0: 'x' } }] };
    expect(instrumentSymbolProblems(withDscr, instrumentDefaults)).toEqual([`${good.symbols.join(', ')}: dscr0 not a parameter of the govt model (bond)`]);
    const negative: InstrumentSymbolsResource = { ...instrumentSymbols, groups: [{ ...good, params: { duration: -1 }, basis: { duration: 'x' } }] };
    expect(instrumentSymbolProblems(negative, instrumentDefaults)).toHaveLength(1);
    const base = { version: 1, description: '' };
    expect(Schema.safeParse({ ...base, groups: [good, good] }).success).toBe(false);
    expect(Schema.safeParse({ ...base, groups: [{ ...good, params: { durations: 3 }, basis: { durations: 'x' } }] }).success).toBe(false);
    expect(Schema.safeParse({ ...base, groups: [{ ...good, basis: {} }] }).success).toBe(false);
    expect(Schema.safeParse({ ...base, groups: [{ ...good, symbols: ['tlt'] }] }).success).toBe(false);
  });

  it('give long Treasury funds a far longer duration than the govt default, and bill funds a far shorter one', () => {
    const duration = (symbol: string) => {
      const p = subsOf(makeHolding(symbol, 1000, 'govt'))[0]!.params;
      return p.kind === 'bond' ? p.duration : NaN;
    };
    expect(govt).toMatchObject({ kind: 'bond', duration: 7 });
    expect(duration('IEF')).toBe(7);
    for (const s of ['TLT', 'EDV', 'ZROZ', 'VGLT', 'TLH']) expect(duration(s), s).toBeGreaterThan(12);
    for (const s of ['SGOV', 'BIL', 'SHY']) expect(duration(s), s).toBeLessThan(2);
  });

  it('apply on top of the tag’s default, only to a slice of their tag, found by bare symbol, and say so', () => {
    const [tlt, marked, credit, ief] = subsOf(
      makeHolding('TLT', 1000, 'govt'),
      makeHolding('B|TLT', 1000, 'govt', { symbol: 'tlt**' }),
      makeHolding('C|TLT', 1000, 'credit', { symbol: 'TLT' }),
      makeHolding('IEF', 1000, 'govt'),
    );
    // TLT keeps the govt default's other parameters (rateBeta 1, spreadBeta 0, liquidity 10 days…).
    expect(tlt!.params).toEqual({ ...govt, duration: 18.1, convexity: 410 });
    expect(tlt!.origin).toEqual({ symbol: { symbol: 'TLT', keys: ['duration', 'convexity'] } });
    // The same symbol with a marker suffix gets the same model object (one model group, one explanation).
    expect(marked!.params).toBe(tlt!.params);
    // A holding the user tagged `credit` keeps the credit default: TLT's defaults are for its govt slice.
    expect(credit!.params).toBe(instrumentDefaults.tags.credit.params);
    expect(credit!.origin).toBeNull();
    expect(ief!.params).toBe(govt);
    expect(ief!.origin).toBeNull();
  });

  it('give way to a holding’s own override, parameter by parameter; symbols of one group share a model', () => {
    const input = makeInput([makeHolding('TLT', 1000, 'govt'), makeHolding('SHY', 1000, 'govt'), makeHolding('VGSH', 1000, 'govt')], makeScenario(), {
      TLT: { duration: 16, advValue: 1e9 },
    });
    const [tlt, shy, vgsh] = subPositions(input);
    expect(tlt!.params).toMatchObject({ duration: 16, convexity: 410 });
    expect(tlt!.origin).toEqual({ symbol: { symbol: 'TLT', keys: ['duration', 'convexity'] }, override: ['duration'] });
    expect(shy!.params).toBe(vgsh!.params);
    expect(groupPositions([shy!, vgsh!])).toHaveLength(1);
    const reasons = explainHoldings([tlt!, shy!, vgsh!], 3, new Float64Array(FACTORS.length), 4);
    expect(reasons.holdings.map((h) => h.slices[0]!.origin?.symbol?.symbol)).toEqual(['TLT', 'SHY', 'VGSH']);
    expect(reasons.models).toHaveLength(2);
  });
});
