import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SOURCES } from '../sources/default-sources';
import { SourceRegistry } from './source-registry';

/**
 * The registry quotes calibration.md; it may not say anything calibration.md does not. CI clones only this repository,
 * so the check runs against the copy in docs/sources/ (and that copy against the shared original, where it is present).
 */
const repo = new URL('../../', import.meta.url);
const vendored = readFileSync(new URL('docs/sources/calibration.md', repo), 'utf8');
const seedsReadme = readFileSync(new URL('docs/sources/seeds.md', repo), 'utf8');
/** Text with every run of white space (line breaks of a wrapped paragraph) as one space. */
const flat = (text: string) => text.replace(/\s+/g, ' ');

type Bullet = { heading: string; line: string };
/** The bullets of calibration.md, each with the heading of its section. */
function bullets(text: string): Bullet[] {
  let heading = '';
  const out: Bullet[] = [];
  for (const line of text.split('\n')) {
    if (line.startsWith('## ')) heading = line.slice(3);
    else if (line.startsWith('- ')) out.push({ heading, line: line.slice(2) });
  }
  return out;
}
const BULLETS = bullets(vendored);
const SEED_OF = (id: string) => id.replace(/^seed-/, 'seed ');

/** The one bullet quoting `fact`; null when none (or more than one, which would make the quote ambiguous). */
function bulletOf(fact: string): Bullet | null {
  const found = BULLETS.filter((b) => b.line.includes(fact));
  return found.length === 1 ? found[0]! : null;
}

/** The shared originals, where this checkout sits next to them (../shared or ../../shared); null in CI. */
function sharedDir(): URL | null {
  for (const up of ['../shared/', '../../shared/']) {
    const dir = new URL(up, repo);
    if (existsSync(new URL('calibration.md', dir))) return dir;
  }
  return null;
}

describe('the source registry', () => {
  const { sources, commentaries } = DEFAULT_SOURCES;

  it('quotes every figure from exactly one line of calibration.md, with its publication and link from the same line', () => {
    expect(Object.keys(sources).length).toBeGreaterThan(30);
    for (const [id, s] of Object.entries(sources)) {
      const b = bulletOf(s.fact);
      expect(b, `${id}: fact not quoted verbatim from one line`).not.toBeNull();
      if (!b) continue;
      if (s.publication) expect(b.line, `${id}: publication`).toContain(s.publication);
      if (s.url) expect(b.line, `${id}: url`).toContain(s.url);
      if (s.date) expect(`${b.heading} ${b.line}`, `${id}: date`).toContain(s.date);
      expect(s.fact, `${id}: "(sec)" is a flag, not part of the quote`).not.toContain('(sec)');
    }
  });

  it('marks an entry secondary exactly where calibration.md says (sec) for it', () => {
    for (const [id, s] of Object.entries(sources)) {
      const b = bulletOf(s.fact)!;
      // The line's label ("BTC 2025–26 (sec): …") or a "(sec)" right after the quote marks the figure secondary.
      const label = b.line.split(':')[0]!;
      const after = b.line.slice(b.line.indexOf(s.fact) + s.fact.length);
      const marked = label.includes('(sec)') || /^\s*\(sec\)/.test(after);
      if (marked) expect(s.secondary, `${id}: calibration.md marks it (sec)`).toBe(true);
      if (s.secondary) expect(b.line, `${id}: marked secondary, but its line has no (sec)`).toContain('(sec)');
    }
  });

  it('names the commentary an entry comes through only where calibration.md does', () => {
    for (const [id, s] of Object.entries(sources)) {
      const b = bulletOf(s.fact)!;
      const mentions = Object.keys(commentaries).filter((c) => `${b.heading} ${b.line}`.toLowerCase().includes(SEED_OF(c)));
      if (s.via) expect(mentions, `${id}: via ${s.via}`).toContain(s.via);
    }
    expect(sources['bis-aer-2026']).toMatchObject({ publication: 'BIS Annual Economic Report 2026', url: 'https://www.bis.org/publ/arpdf/ar2026e1.htm', via: 'seed-000' });
  });

  it('describes each commentary as the seeds README does', () => {
    for (const [id, c] of Object.entries(commentaries)) {
      expect(flat(seedsReadme), id).toContain(c.about);
      expect(c.about.startsWith(c.subject), `${id}: the subject opens the description`).toBe(true);
    }
  });

  it('rejects an entry that names an unknown commentary, and a figure without its quote', () => {
    const base = { version: 1, _about: '', commentaries: {} };
    expect(SourceRegistry.safeParse({ ...base, sources: { a: { fact: 'x', secondary: false, via: 'seed-009' } } }).success).toBe(false);
    expect(SourceRegistry.safeParse({ ...base, sources: { a: { fact: '', secondary: false } } }).success).toBe(false);
    expect(SourceRegistry.safeParse({ ...base, sources: { a: { fact: 'x', secondary: false, url: 'calibration.md l.11' } } }).success).toBe(false);
    expect(SourceRegistry.safeParse({ ...base, sources: { 'Bad Id': { fact: 'x', secondary: false } } }).success).toBe(false);
  });

  const shared = sharedDir();
  it.skipIf(shared === null)('vendors calibration.md and the seeds README unchanged from the shared originals', () => {
    expect(vendored).toBe(readFileSync(new URL('calibration.md', shared!), 'utf8'));
    expect(seedsReadme).toBe(readFileSync(new URL('seeds/README.md', shared!), 'utf8'));
  });

  it.skipIf(shared === null)('takes each commentary’s title, author, publisher and date from its text', () => {
    const dir = new URL('seeds/', shared!);
    for (const [id, c] of Object.entries(commentaries)) {
      const file = readdirSync(dir).find((f) => f.startsWith(`${id.replace(/^seed-/, '')}_`));
      expect(file, id).toBeDefined();
      const head = readFileSync(new URL(file!, dir), 'utf8').slice(0, 2000);
      for (const field of [c.title, c.author, c.publisher, c.date]) if (field) expect(head, `${id}: ${field}`).toContain(field);
    }
  });
});
