import { describe, expect, it } from 'vitest';
import { fixture, freshDataDir, openBackend } from './backend-helpers';

describe('import through the back end', () => {
  it('previews without saving, confirms, keeps an override across restarts and re-imports', async () => {
    const dir = freshDataDir();
    const api = openBackend(dir);
    const preview = await api['imports.preview']({ fileName: 'fidelity-positions.csv', dataBase64: fixture('ok/fidelity-positions.csv') });
    if (!preview.ok) throw new Error(preview.reason);
    expect(preview.format).toBe('fidelity');
    // The disclaimer footer (lines 11–16: blank, text, blank, text, blank, 'Date downloaded') is one remark.
    expect(preview.issues.filter((i) => i.severity === 'info').map((i) => [i.line, i.message])).toEqual([
      [11, 'Lines 11–16: notes and disclaimers after the holdings were skipped (6 lines).'],
    ]);
    expect((await api['portfolios.list']({})).portfolios).toHaveLength(1); // only the sample: nothing saved yet

    const saved = await api['imports.confirm']({ previewId: preview.previewId });
    expect(saved.portfolio.name).toBe('fidelity-positions');
    expect((await api['portfolios.list']({})).currentId).toBe(saved.portfolio.id);

    await api['portfolios.setOverride']({ symbol: 'qqq', exposures: [{ tag: 'ai_equity', weight: 1 }] });
    const reopened = openBackend(dir);
    const after = await reopened['portfolios.get']({});
    const qqq = after.portfolio.holdings.find((h) => h.symbol === 'QQQ');
    expect(qqq?.exposures).toEqual([{ tag: 'ai_equity', weight: 1, source: { kind: 'user' } }]);

    const again = await reopened['imports.preview']({ fileName: 'fidelity-positions.csv', dataBase64: fixture('ok/fidelity-positions.csv') });
    if (!again.ok) throw new Error(again.reason);
    const replaced = await reopened['imports.confirm']({ previewId: again.previewId, replaceId: saved.portfolio.id });
    expect(replaced.portfolio.id).toBe(saved.portfolio.id);
    expect(replaced.portfolio.holdings.find((h) => h.symbol === 'QQQ')?.exposures[0]?.source.kind).toBe('user');

    const removed = await reopened['portfolios.setOverride']({ symbol: 'QQQ', exposures: null });
    expect(removed.portfolio.holdings.find((h) => h.symbol === 'QQQ')?.exposures[0]?.source.kind).toBe('rule');
  });

  it('answers a rejection with its sentence and saves nothing', async () => {
    const api = openBackend(freshDataDir());
    const preview = await api['imports.preview']({ fileName: 'html-saved-as.csv', dataBase64: fixture('not-ok/html-saved-as.csv') });
    expect(preview.ok).toBe(false);
    if (!preview.ok) expect(preview.reason).toMatch(/HTML/);
  });

  it('remembers a column mapping per header signature', async () => {
    const api = openBackend(freshDataDir());
    const csv = Buffer.from('Papier,Stk,Wert\nNVDA,10,1824.00\n').toString('base64');
    const mapped = await api['imports.preview']({ fileName: 'odd.csv', dataBase64: csv, mapping: { symbol: 'Papier', quantity: 'Stk', marketValue: 'Wert' } });
    if (!mapped.ok) throw new Error(mapped.reason);
    await api['imports.confirm']({ previewId: mapped.previewId, name: 'Odd' });
    const second = await api['imports.preview']({ fileName: 'odd-again.csv', dataBase64: csv });
    expect(second.ok && second.mapping).toEqual({ symbol: 'Papier', quantity: 'Stk', marketValue: 'Wert' });
  });

  it('refuses an override whose weights do not add up, with the symbol in the sentence', async () => {
    const api = openBackend(freshDataDir());
    await expect(api['portfolios.setOverride']({ symbol: 'MSTR', exposures: [{ tag: 'btc', weight: 0.5 }] })).rejects.toThrow(/MSTR/);
  });

  it('renames and deletes, opening another portfolio', async () => {
    const api = openBackend(freshDataDir());
    expect((await api['portfolios.rename']({ id: 'sample', name: 'My book' })).portfolio.name).toBe('My book');
    expect(await api['portfolios.delete']({ id: 'sample' })).toEqual({ currentId: null });
    await expect(api['portfolios.get']({})).rejects.toThrow(/Import a broker CSV/);
  });
});
