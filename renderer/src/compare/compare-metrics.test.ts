import { describe, expect, it } from 'vitest';
import { makeRecord, makeResult } from '../results/result-fixture';
import { compareRows, worstFlags } from './compare-metrics';

describe('the worst value in a row', () => {
  it('marks the larger value when higher is worse, the lower when lower is worse', () => {
    expect(worstFlags([10, 30, 20], 'higher')).toEqual([false, true, false]);
    expect(worstFlags([10, 30, 20], 'lower')).toEqual([true, false, false]);
  });

  it('marks every run that shares the worst value, and none when all are equal', () => {
    expect(worstFlags([30, 10, 30], 'higher')).toEqual([true, false, true]);
    expect(worstFlags([5, 5, 5], 'higher')).toEqual([false, false, false]);
    expect(worstFlags([0.1 + 0.2, 0.3], 'lower')).toEqual([false, false]);
  });

  it('does not rank context rows, nor values that are missing unless missing is worst', () => {
    expect(worstFlags([10, 30], null)).toEqual([false, false]);
    expect(worstFlags([10, null, 30], 'lower')).toEqual([true, false, false]);
    expect(worstFlags([10, null], 'lower')).toEqual([false, false]);
    expect(worstFlags([19, null], 'higher', true)).toEqual([false, true]);
    expect(worstFlags([null, null], 'higher', true)).toEqual([false, false]);
  });
});

describe('compare rows', () => {
  const mild = makeResult(52);
  const harsh = makeResult(26);
  harsh.phaseOne.meanLoss = 30_000;
  harsh.phaseOne.meanLossPct = 0.3;
  harsh.phaseOne.marginCall = { ...harsh.phaseOne.marginCall, triggered: true, probability: 0.6 };
  harsh.phaseTwo.p50 = harsh.phaseTwo.p50.map((v) => v - 10_000);
  harsh.phaseTwo.liquidityLadder.cashRaisable = [5, 10, 15, 20, 25, 30];
  mild.phaseTwo.medianWeeksToRecover = 40;
  const rows = compareRows([makeRecord('a', mild), makeRecord('b', harsh)]);
  const row = (id: string, at?: number) => rows.find((r) => r.id === id && r.at === at);

  it('lists the headline metrics in order', () => {
    expect(rows.map((r) => (r.at === undefined ? r.id : `${r.id}@${r.at}`))).toEqual([
      'startValue',
      'meanLoss',
      'meanLossPct',
      'var95',
      'var99',
      'es975',
      'marginCall',
      'marginOdds',
      'median@4',
      'median@13',
      'median@26',
      'median@52',
      'recovery',
      'recoveryTime',
      'cash@7',
      'cash@30',
      'cash@90',
    ]);
  });

  it('marks the larger loss, the margin call, the lower median, less cash and the longer time as worst', () => {
    expect(row('startValue')?.worst).toEqual([false, false]);
    expect(row('meanLoss')?.worst).toEqual([false, true]);
    expect(row('var95')?.worst).toEqual([false, false]);
    expect(row('marginCall')?.cells.map((c) => c.value)).toEqual([0, 1]);
    expect(row('marginCall')?.worst).toEqual([false, true]);
    expect(row('marginOdds')?.worst).toEqual([false, true]);
    expect(row('median', 13)?.worst).toEqual([false, true]);
    // Week 52 is beyond the 26-week horizon of the second run: nothing to rank against.
    expect(row('median', 52)?.cells.map((c) => c.value)).toEqual([106_000, null]);
    expect(row('median', 52)?.worst).toEqual([false, false]);
    expect(row('cash', 30)?.worst).toEqual([false, true]);
    // Not recovered within the horizon counts as the longest time.
    expect(row('recoveryTime')?.worst).toEqual([false, true]);
  });

  it('reads the recovery odds at each run’s own horizon (52 weeks at most) and keeps the week', () => {
    expect(row('recovery')?.cells).toEqual([
      { value: 0.5, week: 52 },
      { value: 0.5, week: 26 },
    ]);
    expect(row('recovery')?.worst).toEqual([false, false]);
  });
});
