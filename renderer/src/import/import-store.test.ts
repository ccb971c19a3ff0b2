import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiCallError } from '../../../shared/api/client';

const calls = vi.hoisted(() => ({
  'imports.preview': vi.fn(),
  'imports.confirm': vi.fn(),
  'portfolios.list': vi.fn(),
  'portfolios.get': vi.fn(),
}));
vi.mock('../api/api', () => ({ api: calls }));

const { useImportStore } = await import('./import-store');
const { usePortfolioStore } = await import('../portfolio/portfolio-store');

const file = (text: string, name = 'positions.csv') => new File([text], name, { type: 'text/csv' });
const okPreview = { ok: true, previewId: 'p1', fileName: 'positions.csv', format: 'generic', portfolio: { name: 'positions', holdings: [] }, columns: ['a'], mapping: null };
const view = { portfolio: { id: 'new', name: 'Mine', holdings: [{}, {}], updatedAt: '' }, valuation: {} };
const state = () => useImportStore.getState();

beforeEach(() => {
  Object.values(calls).forEach((fn) => fn.mockReset());
  useImportStore.setState({ step: { kind: 'closed' }, busy: false, error: null, done: null });
});

describe('import store', () => {
  it('sends the file as base64 and shows the preview; nothing is confirmed on its own', async () => {
    calls['imports.preview'].mockResolvedValue(okPreview);
    await state().openFile(file('symbol,quantity\nNVDA,1\n'));
    expect(calls['imports.preview']).toHaveBeenCalledWith({ fileName: 'positions.csv', dataBase64: btoa('symbol,quantity\nNVDA,1\n') });
    expect(state().step).toMatchObject({ kind: 'preview', preview: okPreview });
    expect(calls['imports.confirm']).not.toHaveBeenCalled();
  });

  it('confirms into a new portfolio, closes, and opens it', async () => {
    calls['imports.preview'].mockResolvedValue(okPreview);
    calls['imports.confirm'].mockResolvedValue(view);
    calls['portfolios.list'].mockResolvedValue({ currentId: 'new', portfolios: [{ id: 'new', name: 'Mine', holdingsCount: 2, updatedAt: '' }] });
    calls['portfolios.get'].mockResolvedValue(view);
    await state().openFile(file('x'));
    await state().confirm({ kind: 'new', name: '  Mine ' });
    expect(calls['imports.confirm']).toHaveBeenCalledWith({ previewId: 'p1', name: 'Mine' });
    expect(state()).toMatchObject({ step: { kind: 'closed' }, done: { name: 'Mine', count: 2 } });
    expect(usePortfolioStore.getState().currentId).toBe('new');
  });

  it('replaces an existing portfolio by id', async () => {
    calls['imports.preview'].mockResolvedValue(okPreview);
    calls['imports.confirm'].mockResolvedValue(view);
    calls['portfolios.list'].mockResolvedValue({ currentId: 'new', portfolios: [] });
    await state().openFile(file('x'));
    await state().confirm({ kind: 'replace', id: 'old' });
    expect(calls['imports.confirm']).toHaveBeenCalledWith({ previewId: 'p1', replaceId: 'old' });
    await state().openFile(file('x'));
    await state().confirm({ kind: 'new', name: null });
    expect(calls['imports.confirm']).toHaveBeenLastCalledWith({ previewId: 'p1' });
  });

  it('goes to the mapping step when columns were not recognised, and previews again with the mapping', async () => {
    const refused = { ok: false, fileName: 'f.csv', reason: 'No column gives a quantity.', columns: ['Ticker', 'Weight'], headerSignature: 'ticker|weight' };
    calls['imports.preview'].mockResolvedValueOnce(refused).mockResolvedValueOnce(okPreview);
    await state().openFile(file('x', 'f.csv'));
    expect(state().step).toMatchObject({ kind: 'mapping', columns: ['Ticker', 'Weight'], reason: { message: 'No column gives a quantity.' }, previous: null });
    await state().previewWith({ quantity: 'Weight' });
    expect(calls['imports.preview']).toHaveBeenLastCalledWith(expect.objectContaining({ mapping: { quantity: 'Weight' } }));
    expect(state().step.kind).toBe('preview');
  });

  it('shows only the reason for a refusal that is not about columns', async () => {
    const params = { ext: 'csv' };
    const reason = 'This is an HTML page saved under a .csv name.';
    calls['imports.preview'].mockResolvedValue({ ok: false, fileName: 'p.csv', reason, key: 'import.msg.html', params, columns: [], headerSignature: '' });
    await state().openFile(file('<html>', 'p.csv'));
    // The key and params come along, so that the dialog says it in the language of the moment it is shown.
    expect(state().step).toEqual({ kind: 'rejected', fileName: 'p.csv', reason: { message: reason, key: 'import.msg.html', params } });
  });

  it('refuses a file over 50 MB before reading or sending it', async () => {
    const big = { name: 'huge.csv', size: 51 * 1024 * 1024, arrayBuffer: vi.fn() } as unknown as File;
    await state().openFile(big);
    expect(state().step).toMatchObject({ kind: 'rejected', fileName: 'huge.csv' });
    expect(big.arrayBuffer).not.toHaveBeenCalled();
    expect(calls['imports.preview']).not.toHaveBeenCalled();
  });

  it('drops an answer that arrives after Cancel, and keeps the dialog open with the message when a call fails', async () => {
    let answer: (v: unknown) => void = () => {};
    calls['imports.preview'].mockReturnValue(new Promise((resolve) => (answer = resolve)));
    const pending = state().openFile(file('x'));
    await vi.waitFor(() => expect(calls['imports.preview']).toHaveBeenCalled());
    state().cancel();
    answer(okPreview);
    await pending;
    expect(state().step.kind).toBe('closed');

    calls['imports.preview'].mockResolvedValue(okPreview);
    calls['imports.confirm'].mockRejectedValue(new ApiCallError({ code: 'not_found', message: 'That import preview is no longer available.' }));
    await state().openFile(file('x'));
    await state().confirm({ kind: 'new', name: 'A' });
    expect(state()).toMatchObject({ step: { kind: 'preview' }, busy: false, error: 'That import preview is no longer available.' });
  });

  it('goes from a preview to adjusting its columns and back', async () => {
    calls['imports.preview'].mockResolvedValue({ ...okPreview, mapping: { symbol: 'a' } });
    await state().openFile(file('x'));
    state().adjustColumns();
    expect(state().step).toMatchObject({ kind: 'mapping', mapping: { symbol: 'a' }, reason: null });
    state().backToPreview();
    expect(state().step.kind).toBe('preview');
  });
});
