import { describe, expect, it } from 'vitest';
import { FORMAT_SPECS, ALIASES_SPEC } from './detect-format';
import { formatName } from './format-names';

describe('format names', () => {
  it('names every format the importer can report in words, never by its internal id', () => {
    const ids = [...FORMAT_SPECS.map((s) => s.id), ALIASES_SPEC.id, 'ibkr', 'mapped'];
    for (const id of ids) {
      expect(formatName(id), id).not.toBe(id);
      expect(formatName(id), id).toMatch(/^[A-Z]\S* \S/);
    }
    expect(formatName('fidelity')).toBe('Fidelity positions');
    expect(formatName('aliases')).toBe('Generic CSV with recognised column names');
    expect(formatName('cn-broker')).toBe('Chinese broker export');
  });

  it('shows an unknown id (saved by another version) as it is', () => {
    expect(formatName('some-future-format')).toBe('some-future-format');
  });
});
