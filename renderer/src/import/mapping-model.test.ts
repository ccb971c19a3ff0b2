import { describe, expect, it } from 'vitest';
import type { ImportPreview } from '../../../shared/api/imports-api';
import { autoColumns, canMapColumns, draftFrom, mappingFromDraft, mappingProblems } from './mapping-model';

const columns = ['Ticker', 'Company', 'Sector', 'Weight'];
const refused = (cols: string[]): ImportPreview => ({ ok: false, fileName: 'f.csv', reason: 'r', columns: cols, headerSignature: '' });

describe('column mapping', () => {
  it('offers the mapping step only for refusals that have columns', () => {
    expect(canMapColumns(refused(columns))).toBe(true);
    expect(canMapColumns(refused([]))).toBe(false);
  });

  it('starts from the mapping used, dropping columns the file does not have', () => {
    const draft = draftFrom({ symbol: 'Ticker', quantity: 'Stk' }, columns);
    expect(draft.symbol).toBe('Ticker');
    expect(draft.quantity).toBe('');
    expect(mappingFromDraft(draft)).toEqual({ symbol: 'Ticker' });
    expect(mappingFromDraft(draftFrom(null, columns))).toEqual({});
  });

  it('says what automatic detection finds for each field', () => {
    const auto = autoColumns(columns);
    expect(auto.symbol).toBe('Ticker');
    expect(auto.name).toBe('Company');
    expect(auto.quantity).toBeUndefined();
  });

  it('asks for a quantity or value column, and accepts the mapping once one is chosen', () => {
    const draft = draftFrom(null, columns);
    expect(mappingProblems(draft, columns)).toEqual([{ kind: 'incomplete' }]);
    expect(mappingProblems({ ...draft, quantity: 'Weight' }, columns)).toEqual([]);
  });

  it('flags one column chosen for two fields', () => {
    const draft = { ...draftFrom(null, columns), quantity: 'Weight', marketValue: 'Weight' };
    expect(mappingProblems(draft, columns)).toEqual([{ kind: 'duplicate', column: 'Weight', fields: ['quantity', 'marketValue'] }]);
  });
});
