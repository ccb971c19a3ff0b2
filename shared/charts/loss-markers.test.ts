import { describe, expect, it } from 'vitest';
import { messagesEn } from '../i18n/translate';
import { lossMarkers } from './loss-markers';

const p1 = { meanLoss: 102_229, var95: 146_428, var99: 165_851, es975: 166_106 };

describe('the loss histogram markers', () => {
  it('are the mean, VaR 95, VaR 99 and ES 97.5, in that order, with their values', () => {
    const markers = lossMarkers(p1);
    expect(markers.map((m) => [m.id, m.value])).toEqual([
      ['mean', 102_229],
      ['var95', 146_428],
      ['var99', 165_851],
      ['es975', 166_106],
    ]);
  });

  it('label each with its amount', () => {
    for (const m of lossMarkers(p1)) expect(messagesEn[m.key], m.id).toMatch(/^.+: \{amount\}$/);
  });

  it('give every marker its own tone and dash pair, so lines a hair apart (VaR 99 and ES 97.5) still read as two', () => {
    const styles = lossMarkers(p1).map((m) => `${m.tone} ${m.dash.join(',')}`);
    expect(new Set(styles).size).toBe(4);
    expect(new Set(lossMarkers(p1).map((m) => m.tone)).size).toBe(4);
  });
});
