import { describe, expect, it } from 'vitest';
import { importHoldings } from './index';

/** A Chinese broker's 市场 column (or an English Market one) decides a regional equity tag where the symbol cannot. */
const read = (text: string) => {
  const outcome = importHoldings(new TextEncoder().encode(text), { fileName: 'broker.csv' });
  if (!outcome.ok) throw new Error(outcome.reason);
  return outcome;
};

describe('the market column', () => {
  it('tags four-digit Tokyo and Hong Kong codes by the market the file names; a US market changes nothing', () => {
    const outcome = read(
      '代码,名称,持有数量,现价,市值,交易货币,市场\n' +
        '7203,丰田汽车,100,2800,280000,JPY,日股\n' +
        '1810,小米集团-W,1000,40.5,40500,HKD,港股\n' +
        '601318,中国平安,200,50.1,10020,CNY,沪A\n' +
        'AAPL,苹果,10,230,2300,USD,美股\n',
    );
    expect(outcome.holdings.map((h) => [h.symbol, h.currency, h.exposures[0]!.tag, h.exposures[0]!.source.detail])).toEqual([
      ['7203', 'JPY', 'equity_jp', 'market column says Japan'],
      ['1810', 'HKD', 'equity_cn', 'market column says Hong Kong / mainland China'],
      ['601318', 'CNY', 'equity_cn', 'market column says Hong Kong / mainland China'],
      ['AAPL', 'USD', 'unclassified', undefined],
    ]);
  });

  it('is read from an English header too, and mapped like any other column', () => {
    const outcome = read('Symbol,Quantity,Price,Currency,Market\n9984,100,9000,JPY,TSE\n');
    expect(outcome.holdings[0]!.exposures[0]!.tag).toBe('equity_jp');
  });
});
