import type { ExposureTag } from '../../shared/domain/exposure';
import type { Holding } from '../../shared/domain/holding';
import { makeHolding } from '../../shared/engine/fixtures';
import type { InstrumentOverride } from '../../shared/model/resources';

/**
 * The benchmark book: `scale` × 1,000 holdings — 600 linear, 200 bonds, 150 credit-risky in 20 distinct models,
 * 50 private credit — plus cash and a margin loan. Values and ADVs come from a fixed LCG so every run is the same;
 * scaling adds holdings but no new instrument models.
 */
export function benchBook(scale = 1): { holdings: Holding[]; overrides: Record<string, InstrumentOverride> } {
  let state = 12345;
  const rand = (): number => ((state = (Math.imul(state, 1103515245) + 12345) >>> 0) / 4294967296);
  const holdings: Holding[] = [];
  const overrides: Record<string, InstrumentOverride> = {};
  const add = (tag: ExposureTag | { tag: ExposureTag; weight: number }[], extra: Partial<Holding> = {}, override?: InstrumentOverride) => {
    const id = `H${holdings.length}`;
    holdings.push(makeHolding(id, Math.round(1_000 + rand() * 50_000), tag, { advValue: rand() < 0.8 ? 1e6 + rand() * 1e9 : null, ...extra }));
    if (override) overrides[id] = override;
  };
  const linear: ExposureTag[] = ['ai_equity', 'equity', 'btc', 'crypto_other', 'miner_equity'];
  for (let s = 0; s < scale; s++) {
    for (let i = 0; i < 600; i++) add(i % 50 === 0 ? [{ tag: 'btc', weight: 0.8 }, { tag: 'equity', weight: 0.2 }] : linear[i % 5]!);
    for (let i = 0; i < 200; i++) add(i % 2 ? 'govt' : 'credit', {}, { duration: 2 + (i % 5) * 2, convexity: (2 + (i % 5) * 2) ** 2 });
    for (let i = 0; i < 150; i++) {
      const m = i % 20;
      add(m < 12 ? 'miner_debt' : 'ai_infra_debt', { advValue: null }, { dscr0: 1.3 + 0.05 * m, seniority: m % 2 ? 1 : 0.6744 });
    }
    for (let i = 0; i < 50; i++) add('private_credit', i < 10 ? { securityType: 'non-traded BDC', advValue: null } : {});
  }
  holdings.push(makeHolding('CASH', 250_000 * scale, 'cash'));
  holdings.push(makeHolding('LOAN', -6_000_000 * scale, 'cash'));
  return { holdings, overrides };
}
