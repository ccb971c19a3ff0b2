import { describe, expect, it } from 'vitest';
import { translate } from '../i18n/translate';
import { makeRecord, testScenario } from '../results/result-fixture';
import { phaseOneNote } from './phase-one-note';
import { settingsDiff } from './settings-diff';

const list = (items: string[]) => items.join(' and ');
const withRegime = (id: string, regime: 'ease' | 'no-ease') => {
  const r = makeRecord(id);
  r.meta.scenario = { ...testScenario, phaseTwo: { ...testScenario.phaseTwo, regime } };
  return r;
};

describe('why the phase-one rows of a comparison match', () => {
  it('says so when the runs differ only in the recovery regime', () => {
    const runs = [withRegime('a', 'ease'), withRegime('b', 'no-ease')];
    expect(phaseOneNote(runs, settingsDiff(runs, 'en-US', translate), translate, list)).toBe(
      'These runs differ only in what acts after the shock (recovery regime): the shock and its loss are the same in each, so the phase-one rows match. Compare the rows from the median value on.',
    );
  });

  it('says nothing when a phase-one setting differs too, or the phase-one figures differ', () => {
    const a = withRegime('a', 'ease');
    const b = withRegime('b', 'no-ease');
    b.meta.scenario = { ...b.meta.scenario, correlationConvergence: 0.9 };
    expect(phaseOneNote([a, b], settingsDiff([a, b], 'en-US', translate), translate, list)).toBeNull();
    const c = withRegime('c', 'no-ease');
    c.result.phaseOne.meanLoss += 1;
    expect(phaseOneNote([a, c], settingsDiff([a, c], 'en-US', translate), translate, list)).toBeNull();
  });
});
