import { describe, expect, it } from 'vitest';
import { freshDataDir, openBackend } from './backend-helpers';

// Scenario files a careless export or a hostile one might hold: each is refused with a sentence of a line or two,
// naming the file and the field, instead of being stored (a 2 MB name on every screen) or answered with a 4 MB message.
describe('scenarios.import of oversized files', () => {
  it('refuses a name, id or source list beyond its limit, and lists only the first of 100,000 bad entries', async () => {
    const api = openBackend(freshDataDir());
    const builtIn = await api['scenarios.get']({ id: 'ai-capex-bust-ease' });
    const refusal = async (fileName: string, scenario: object) => {
      const error = await api['scenarios.import']({ fileName, text: JSON.stringify(scenario) }).then(
        () => null,
        (err: Error) => err.message,
      );
      expect(error, `${fileName} refused`).not.toBeNull();
      return error!;
    };
    expect(await refusal('name.json', { ...builtIn, name: 'n'.repeat(2_000_000) })).toBe('name.json: the scenario’s name is 2,000,000 characters long; at most 120 are allowed.');
    expect(await refusal('id.json', { ...builtIn, id: 'i'.repeat(1_000_000) })).toBe('id.json: the scenario’s id is 1,000,000 characters long; at most 200 are allowed.');
    expect(await refusal('sources.json', { ...builtIn, sources: Array(5_000).fill('a source') })).toBe('sources.json: the scenario has 5,000 source lines; at most 1,000 are allowed.');
    const bad = await refusal('bad.json', { ...builtIn, sources: Array(100_000).fill(5) });
    // 10 problems listed (sources[0] … sources[9]), then one line for the other 99,990.
    expect(bad.startsWith('bad.json is not a valid Aftershock scenario:')).toBe(true);
    expect(bad).toContain('at sources[9]');
    expect(bad).not.toContain('at sources[10]');
    expect(bad.endsWith('… and 99,990 more problems.')).toBe(true);
    expect(bad.length).toBeLessThan(1_000);
    // Within the limits it imports.
    expect((await api['scenarios.import']({ fileName: 'fine.json', text: JSON.stringify({ ...builtIn, name: 'n'.repeat(120) }) })).name).toHaveLength(120);
    expect(await api['scenarios.list']({})).toHaveLength(8);
    api.dispose();
  });
});
