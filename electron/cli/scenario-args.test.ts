import { describe, expect, it } from 'vitest';
import { parseShocks, parseScenarioFile } from './scenario-args';

describe('--shock', () => {
  it('reads % for returns and bp for spreads', () => {
    expect(parseShocks('AI_EQ=-30%,BTC=-45%,HY=+400bp')).toEqual({ AI_EQ: -0.3, BTC: -0.45, HY: 400 });
    expect(parseShocks(' rate = -50bp ')).toEqual({ RATE: -50 });
  });
  it('refuses a missing or wrong unit and an unknown factor, naming it', () => {
    expect(() => parseShocks('AI_EQ=-30')).toThrow(/AI_EQ=-30/);
    expect(() => parseShocks('HY=400%')).toThrow(/HY.*bp/);
    expect(() => parseShocks('NASDAQ=-30%')).toThrow(/NASDAQ/);
  });
});

describe('--scenario FILE.json', () => {
  it('names the file and the field when it is not a scenario', () => {
    expect(() => parseScenarioFile('{ nope', 'x.json')).toThrow(/x\.json/);
    expect(() => parseScenarioFile('{"version":1}', 'y.json')).toThrow(/y\.json[\s\S]*id/);
  });
});
