import type { Portfolio } from '../../../shared/domain/portfolio';
import { makeHolding } from '../../../shared/domain/make-holding';

/**
 * A book like resources/sample-portfolio.csv (20 holdings, USD): AI equities, BTC and miners, miner and AI-infra
 * debt, private credit (a listed BDC and a non-traded one), broad equity, credit, govt, ETH, cash and a margin loan.
 */
export function sampleLikePortfolio(): Portfolio {
  const adv = (advValue: number) => ({ advValue });
  const holdings = [
    makeHolding('NVDA', 21_888, 'ai_equity', adv(35e9)),
    makeHolding('AMD', 14_481, 'ai_equity'),
    makeHolding('AVGO', 10_533, 'ai_equity', adv(9e9)),
    makeHolding('TSM', 11_924.8, 'ai_equity'),
    makeHolding('META', 10_686.75, 'ai_equity'),
    makeHolding('CRWV', 9_625, 'ai_equity', adv(2.5e9)),
    makeHolding('IBIT', 26_400, 'btc', adv(3e9)),
    makeHolding('MSTR', 5_787.5, [
      { tag: 'btc', weight: 0.8 },
      { tag: 'equity', weight: 0.2 },
    ], adv(4e9)),
    makeHolding('MARA', 11_280, 'miner_equity', adv(8e8)),
    makeHolding('IREN', 15_380, 'miner_equity'),
    makeHolding('MARA-CV', 17_300, 'miner_debt', { securityType: 'convertible bond', faceValue: 20_000 }),
    makeHolding('CRWV-30', 14_550, 'ai_infra_debt', { securityType: 'corporate bond', faceValue: 15_000 }),
    makeHolding('ARCC', 14_105, 'private_credit', { securityType: 'BDC', advValue: 1.2e8 }),
    makeHolding('BCRED', 29_520, 'private_credit', { securityType: 'non-traded BDC' }),
    makeHolding('SPY', 19_869, 'equity', adv(4e10)),
    makeHolding('HYG', 12_141, 'credit', { securityType: 'bond ETF' }),
    makeHolding('TLT', 10_644, 'govt', { securityType: 'bond ETF', advValue: 2e9 }),
    makeHolding('ETH', 9_985.28, 'crypto_other'),
    makeHolding('USD', 12_500, 'cash'),
    makeHolding('MARGIN LOAN', -40_000, 'cash', { securityType: 'margin loan' }),
  ];
  return {
    id: 'sample-like',
    name: 'Sample-like book',
    source: { fileName: 'sample-like.csv', format: 'generic', importedAt: '2026-01-01T00:00:00Z' },
    holdings,
    fileFx: null,
    issues: [],
    updatedAt: '2026-01-01T00:00:00Z',
  };
}
