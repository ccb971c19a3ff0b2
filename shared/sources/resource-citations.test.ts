import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CitedLine } from '../domain/citation';
import { Scenario } from '../domain/scenario';
import { isKnownSource } from '../model/source-registry';
import { lineFactors } from './citations';
import { DEFAULT_SOURCES } from './default-sources';

/**
 * Every resource cites the source registry by id, never a file and line: a reader sees the publication, date and link.
 * Reads resources/ as shipped (every JSON file, scenarios included) so a new file is checked too.
 */
const dir = new URL('../../resources/', import.meta.url);
const files = [
  ...readdirSync(dir).filter((f) => f.endsWith('.json')),
  ...readdirSync(new URL('scenarios/', dir)).map((f) => `scenarios/${f}`),
].filter((f) => f !== 'sources.json');
const read = (file: string): unknown => JSON.parse(readFileSync(new URL(file, dir), 'utf8'));

type Found = { path: string; value: unknown };
/** Every value in a JSON tree with its path. */
function walk(value: unknown, path = ''): Found[] {
  const here = { path, value };
  if (Array.isArray(value)) return [here, ...value.flatMap((v, i) => walk(v, `${path}[${i}]`))];
  if (value && typeof value === 'object') return [here, ...Object.entries(value).flatMap(([k, v]) => walk(v, `${path}.${k}`))];
  return [here];
}

/** What a reader cannot follow: a file and line instead of a publication, the "(sec)" shorthand, a seed by number. */
const UNREADABLE = [/calibration\.md/i, /\bl\.\s?\d/, /\(sec\)/, /\bseed\s*\(?0\d\d\)?/i];

/** The ids under any `cite` key: a list (cited lines, bases) or a record of lists (instrument defaults per parameter). */
function citeIds(found: Found[]): { path: string; id: string }[] {
  return found
    .filter((f) => f.path.endsWith('.cite'))
    .flatMap((f) => {
      const lists = Array.isArray(f.value) ? [[f.path, f.value]] : Object.entries(f.value as Record<string, unknown>).map(([k, v]) => [`${f.path}.${k}`, v]);
      return lists.flatMap(([path, ids]) => (ids as string[]).map((id) => ({ path: path as string, id })));
    });
}

describe('resources cite sources a reader can follow', () => {
  it('checks every resource file', () => expect(files.length).toBeGreaterThanOrEqual(12));

  it.each(files)('%s: no file-and-line references, no "(sec)", no seed numbers', (file) => {
    for (const { path, value } of walk(read(file))) {
      if (typeof value !== 'string') continue;
      for (const pattern of UNREADABLE) expect(value, `${file}${path}`).not.toMatch(pattern);
    }
  });

  it.each(files)('%s: every cited id is in the source registry', (file) => {
    const ids = citeIds(walk(read(file)));
    for (const { path, id } of ids) expect(isKnownSource(DEFAULT_SOURCES, id), `${file}${path}: ${id}`).toBe(true);
  });

  it('cites every registry entry somewhere (no dead entries), and cites in every built-in scenario and model file', () => {
    const used = new Set(files.flatMap((f) => citeIds(walk(read(f))).map((c) => c.id)));
    for (const id of Object.keys(DEFAULT_SOURCES.sources)) expect(used.has(id), id).toBe(true);
    for (const file of files.filter((f) => !/exposure-|fx-rates|hedge-proxies/.test(f))) expect(citeIds(walk(read(file))).length, file).toBeGreaterThan(0);
  });

  it('in built-in scenarios: every line is cited or an explicit assumption, names no file, and every core shock has its line', () => {
    for (const file of files.filter((f) => f.startsWith('scenarios/'))) {
      const scenario = Scenario.parse(read(file));
      for (const line of scenario.sources) {
        const cited = CitedLine.parse(line);
        expect(cited.cite !== undefined || cited.assumption !== undefined, `${file}: ${cited.text}`).toBe(true);
        expect(`${cited.text} ${cited.assumption ?? ''}`, file).not.toMatch(/\.json|resources\/|\.ts\b/);
      }
      for (const factor of Object.keys(scenario.phaseOne.shocks)) {
        expect(scenario.sources.some((l) => lineFactors(l).includes(factor as never)), `${file}: ${factor}`).toBe(true);
      }
    }
  });

  it('in instrument defaults: every parameter cited has a basis', () => {
    const defaults = read('instrument-defaults.json') as { tags: Record<string, { basis: object; cite?: object }>; nonTraded: { basis: object; cite?: object } };
    for (const [name, entry] of [...Object.entries(defaults.tags), ['nonTraded', defaults.nonTraded] as const]) {
      for (const key of Object.keys(entry.cite ?? {})) expect(entry.basis, `${name}.${key}`).toHaveProperty(key);
    }
  });
});
