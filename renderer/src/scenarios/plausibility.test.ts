import { describe, expect, it } from 'vitest';
import easeJson from '../../../resources/scenarios/ai-capex-bust-ease.json';
import noEaseJson from '../../../resources/scenarios/ai-capex-bust-no-ease.json';
import { Scenario } from '../../../shared/domain/scenario';
import { createFormatters } from '../format/format';
import { matchesQuery, newScenarioId, sortSummaries } from './library-model';
import { compareSigma, comparisonSentence, groupReferences, sigmaBand, type Reference } from './plausibility';
import { computePreview, EMPTY_BOOK } from './preview';

const fmt = createFormatters('en-US', 'USD');
const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');
const refs: Reference[] = [
  { id: 'march-2020', name: 'March 2020 replay', sigma: 4 },
  { id: 'aug-2024', name: 'August 2024 carry unwind', sigma: 2 },
  { id: 'bust', name: 'AI bust', sigma: 6.5 },
  { id: 'bust-2', name: 'AI bust, no easing', sigma: 6.5 },
];
const say = (sigma: number, r: Reference[] = refs) => plain(comparisonSentence(compareSigma(sigma, r), fmt, 'en-US'));

describe('plausibility in words', () => {
  it('groups built-ins that share a d', () => {
    expect(groupReferences(refs).map((g) => g.names)).toEqual([['August 2024 carry unwind'], ['March 2020 replay'], ['AI bust', 'AI bust, no easing']]);
  });

  it('calls a shock within 10 % of a built-in about as severe as it', () => {
    expect(say(4.3)).toBe('About as severe as “March 2020 replay” (4.0 sigma).');
    expect(say(6.4)).toBe('About as severe as “AI bust” and “AI bust, no easing” (6.5 sigma).');
    expect(say(2.2)).toBe('About as severe as “August 2024 carry unwind” (2.0 sigma).');
  });

  it('places a shock between, below or above the built-ins', () => {
    expect(say(3)).toBe('More severe than “August 2024 carry unwind” (2.0 sigma), milder than “March 2020 replay” (4.0 sigma).');
    expect(say(0.8)).toBe('Milder than “August 2024 carry unwind” (2.0 sigma), the mildest built-in.');
    expect(say(9)).toBe('More severe than “AI bust” and “AI bust, no easing” (6.5 sigma), the most severe built-in.');
  });

  it('has words for no shock and for no built-in', () => {
    expect(compareSigma(0, refs, false)).toEqual({ kind: 'noShock' });
    expect(say(3, [])).toBe('There is no built-in scenario to compare with.');
  });

  it('bands a d as ordinary, unusual, severe or extreme', () => {
    expect([0.5, 1.5, 3, 6].map(sigmaBand)).toEqual(['ordinary', 'unusual', 'severe', 'extreme']);
  });

  it('calibrates on the shipped built-ins, which share their phase one', () => {
    const shipped = [Scenario.parse(easeJson), Scenario.parse(noEaseJson)].map((s) => ({
      id: s.id,
      name: s.name,
      sigma: computePreview(EMPTY_BOOK, s).plausibility.sigma,
    }));
    expect(shipped[0]!.sigma).toBeCloseTo(6.48, 2);
    // A built-in compared with the others (itself left out) is about as severe as its twin.
    expect(compareSigma(shipped[0]!.sigma, shipped.slice(1))).toMatchObject({ kind: 'about' });
  });
});

describe('library helpers', () => {
  const summary = (id: string, name: string, builtIn: boolean, sources: string[] = []) => ({ id, name, description: `${name} story`, builtIn, sources });

  it('searches name, description and sources, every word', () => {
    const s = summary('a', 'AI capex bust', true, ['calibration.md, Credit: HY OAS']);
    expect(matchesQuery(s, '')).toBe(true);
    expect(matchesQuery(s, 'capex')).toBe(true);
    expect(matchesQuery(s, 'STORY bust')).toBe(true);
    expect(matchesQuery(s, 'hy oas')).toBe(true);
    expect(matchesQuery(s, 'march')).toBe(false);
  });

  it('lists built-ins first, then yours by name', () => {
    const list = sortSummaries([summary('z', 'Zed', false), summary('b', 'Built', true), summary('a', 'Alpha', false)]);
    expect(list.map((s) => s.id)).toEqual(['b', 'a', 'z']);
  });

  it('makes an id from a name', () => {
    expect(newScenarioId('My bust: −50 % BTC!', () => 'abc123')).toBe('my-bust-50-btc-abc123');
    expect(newScenarioId('   ', () => 'abc123')).toBe('scenario-abc123');
  });
});
