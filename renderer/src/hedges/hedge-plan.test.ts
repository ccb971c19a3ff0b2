import { describe, expect, it } from 'vitest';
import { createFormatters } from '../format/format';
import { translator } from '../../../shared/i18n/translate';
import { makeRecord } from '../results/result-fixture';
import { HEDGE_MAX_PATHS, hedgePlan, tradeText } from './hedge-plan';

const record = (paths: number, portfolioId: string | null = 'p1') => {
  const r = makeRecord('r1');
  return { ...r, meta: { ...r.meta, paths, seed: 42, portfolioId } };
};

describe('the hedge search for the run shown', () => {
  it('uses the run’s own scenario, seed and paths, capped at 5,000', () => {
    const plan = hedgePlan(record(2000), ['p1']);
    expect(plan).toMatchObject({ ok: true, paths: 2000, seed: 42, capped: false });
    if (!plan.ok) return;
    expect(plan.request).toEqual({ runId: 'r1', portfolioId: 'p1', scenario: record(2000).meta.scenario, paths: 2000, seed: 42 });
    expect(hedgePlan(record(20_000), ['p1'])).toMatchObject({ ok: true, paths: HEDGE_MAX_PATHS, capped: true });
    expect(hedgePlan(record(50), ['p1'])).toMatchObject({ ok: true, paths: 100, capped: true });
  });

  it('searches on the run’s own snapshot (its portfolio as it was, FX rates, factor model), named by its id', () => {
    const plan = hedgePlan(record(2000), ['p1']);
    expect(plan.ok && plan.request.runId).toBe('r1');
  });

  it('says why there is none: a mean-path-only run, or a portfolio that is no longer saved', () => {
    expect(hedgePlan(record(0), ['p1'])).toEqual({ ok: false, why: 'meanPathOnly' });
    expect(hedgePlan(record(2000, null), ['p1'])).toEqual({ ok: false, why: 'noPortfolio' });
    expect(hedgePlan(record(2000, 'gone'), ['p1'])).toEqual({ ok: false, why: 'noPortfolio' });
  });

  it('names a trade in the reader’s language', () => {
    const fmt = createFormatters('en-US', 'USD', 'en-US');
    const en = translator('en');
    expect(tradeText({ kind: 'trim', holdingId: 'x', symbol: 'MARA', fraction: 0.5 }, fmt, en)).toBe('Trim MARA by 50%');
    expect(tradeText({ kind: 'proxy', symbol: 'SPY', side: 'short', notional: 23_860.4 }, fmt, en)).toBe('Short $23,860.00 of SPY');
    expect(tradeText({ kind: 'proxy', symbol: 'TLT', side: 'long', notional: 100 }, createFormatters('zh-CN', 'USD', 'zh-CN'), translator('zh-CN'))).toBe('买入 US$100.00 的 TLT');
  });
});
