import { describe, expect, it } from 'vitest';
import { filterEntries, normalize, scoreEntry, type PaletteEntry } from './palette-filter';

const entry = (name: string, detail = '', keywords: string[] = []): PaletteEntry => ({ id: name, name, detail, keywords });

const ENTRIES = [
  entry('Portfolio', '', ['portfolio', 'Screen']),
  entry('Scenarios', '', ['scenarios', 'Screen']),
  entry('Results', '', ['results', 'Screen']),
  entry('Settings', '', ['settings', 'Screen']),
  entry('AI capex bust, no easing', 'Sample book · Nov 20, 2026', ['ai-capex-no-ease', 'Saved run']),
  entry('Miner double squeeze', 'Built in · Bitcoin falls while miner debt reprices', ['miner-double-squeeze', 'Scenario']),
  entry('Crypto winter 2022 replay', 'Built in · Terra, Celsius and FTX', ['crypto-winter-2022', 'Scenario']),
  entry('Café crème stress', 'Yours · a test', ['cafe', 'Scenario']),
];
const names = (query: string) => filterEntries(ENTRIES, query).map((e) => e.name);

describe('normalize', () => {
  it('drops case, accents and punctuation', () => {
    expect(normalize('  AI-capex Bust (2026)! ')).toBe('ai capex bust 2026');
    expect(normalize('Café Crème')).toBe('cafe creme');
    expect(normalize('代码/名称')).toBe('代码 名称');
  });
});

describe('filterEntries', () => {
  it('keeps everything, in order, for an empty or blank query', () => {
    expect(names('')).toEqual(ENTRIES.map((e) => e.name));
    expect(names('   ')).toHaveLength(ENTRIES.length);
  });

  it('matches any case, inside words, and ignores accents and punctuation', () => {
    expect(names('SETT')).toEqual(['Settings']);
    expect(names('ttin')).toEqual(['Settings']);
    expect(names('cafe')).toEqual(['Café crème stress']);
    expect(names('crème')).toEqual(['Café crème stress']);
    expect(names('ai-capex')).toEqual(['AI capex bust, no easing']);
    expect(names('aicapex')).toEqual(['AI capex bust, no easing']);
  });

  it('wants every word somewhere, in any order, in the name, detail or keywords', () => {
    expect(names('squeeze miner')).toEqual(['Miner double squeeze']);
    expect(names('bust sample')).toEqual(['AI capex bust, no easing']);
    expect(names('2022 ftx')).toEqual(['Crypto winter 2022 replay']);
    expect(names('miner ftx')).toEqual([]);
    expect(names('zzz')).toEqual([]);
  });

  it('finds entries by an id or a kind word that is not shown', () => {
    expect(names('crypto-winter')).toEqual(['Crypto winter 2022 replay']);
    expect(names('saved run')).toEqual(['AI capex bust, no easing']);
    expect(names('screen')).toEqual(['Portfolio', 'Scenarios', 'Results', 'Settings']);
  });

  it('ranks a name match above a detail match, and the start of the name above its inside', () => {
    // "bitcoin" is only in the squeeze's detail; "s" starts Scenarios and Settings and is inside the rest.
    expect(names('bitcoin')).toEqual(['Miner double squeeze']);
    expect(names('s').slice(0, 3)).toEqual(['Scenarios', 'Settings', 'Miner double squeeze']);
    expect(names('res')[0]).toBe('Results');
    expect(names('sc')[0]).toBe('Scenarios');
  });

  it('puts an exact name first, then whole words before word starts', () => {
    const entries = [entry('Results of miner'), entry('Results')];
    expect(filterEntries(entries, 'results').map((e) => e.name)).toEqual(['Results', 'Results of miner']);
    expect(scoreEntry(entry('Miner double squeeze'), 'miner')).toBeGreaterThan(scoreEntry(entry('Minerals'), 'miner'));
    expect(scoreEntry(entry('x'), 'y')).toBe(0);
  });
});
