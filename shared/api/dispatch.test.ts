import { describe, expect, it } from 'vitest';
import type { Handlers } from './contract';
import { dispatch, UserError } from './dispatch';

const handlers = {
  'app.info': () => ({ name: 'Aftershock', version: '1', host: 'cli', dataDir: '/d', recovery: [] }),
  'portfolios.get': ({ id }: { id?: string }) => {
    if (id === 'boom') throw new Error('disk on fire');
    throw new UserError('not_found', `There is no portfolio with the id “${id}”.`);
  },
} as unknown as Handlers;

describe('dispatch', () => {
  it('answers a known call', async () => {
    expect(await dispatch(handlers, 'app.info', {})).toMatchObject({ ok: true, value: { name: 'Aftershock' } });
  });
  it('refuses an unknown call by name, without throwing', async () => {
    expect(await dispatch(handlers, 'portfolios.drop', {})).toEqual({
      ok: false,
      error: { code: 'unknown_call', message: 'There is no call named “portfolios.drop”.' },
    });
  });
  it('refuses bad input with the field it concerns', async () => {
    const res = await dispatch(handlers, 'portfolios.get', { id: 42 });
    expect(res.ok).toBe(false);
    if (!res.ok) {
      expect(res.error.code).toBe('bad_input');
      expect(res.error.message).toContain('id');
    }
  });
  it('passes a person-facing error through and wraps an unexpected one', async () => {
    expect(await dispatch(handlers, 'portfolios.get', { id: 'x' })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    const seen: unknown[] = [];
    const res = await dispatch(handlers, 'portfolios.get', { id: 'boom' }, (e) => seen.push(e));
    expect(res).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(seen).toHaveLength(1);
  });
});
