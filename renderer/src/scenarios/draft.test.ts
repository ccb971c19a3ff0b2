import { describe, expect, it } from 'vitest';
import easeJson from '../../../resources/scenarios/ai-capex-bust-ease.json';
import noEaseJson from '../../../resources/scenarios/ai-capex-bust-no-ease.json';
import { Scenario } from '../../../shared/domain/scenario';
import { DEFAULT_RESOURCES } from '../../../shared/model/default-resources';
import { createFormatters } from '../format/format';
import { displayNumber, fromDisplay, scenarioToDraft, shockRange, sliderValue, toDisplay, type Draft } from './draft';
import { fieldLabel, formatBound } from './draft-fields';
import { draftToScenario, orderedErrors } from './draft-validation';

const fmt = createFormatters('en-US', 'USD');
const regimes = DEFAULT_RESOURCES.regimes;
const ease = Scenario.parse(easeJson);
const noEase = Scenario.parse(noEaseJson);
const draftOf = (s: Scenario = ease): Draft => scenarioToDraft(s, regimes);

function errorsOf(draft: Draft) {
  const check = draftToScenario(draft, fmt);
  if (check.ok) throw new Error('expected the draft to be invalid');
  return check.errors;
}

function scenarioOf(draft: Draft): Scenario {
  const check = draftToScenario(draft, fmt);
  if (!check.ok) throw new Error(`expected a valid draft: ${JSON.stringify(check.errors)}`);
  return check.scenario;
}

describe('draft ↔ scenario', () => {
  it('shows fractions as percent and spreads in bp', () => {
    const d = draftOf();
    expect(d.shocks.AI_EQ).toEqual({ included: true, text: '-40' });
    expect(d.shocks.BTC.text).toBe('-48');
    expect(d.shocks.HY).toEqual({ included: true, text: '400' });
    expect(d.shocks.EQ).toEqual({ included: false, text: '' });
    expect(d.participationPct).toBe('15');
    expect(d.cashNeed).toBe('');
    expect(d.regime).toBe('ease');
    expect(d.sources.split('\n')).toHaveLength(ease.sources.length);
  });

  it('gives back the very scenario it was made from, built-ins included', () => {
    expect(scenarioOf(draftOf(ease))).toEqual(ease);
    expect(scenarioOf(draftOf(noEase))).toEqual(noEase);
  });

  it('reads edits back in model units, without float noise', () => {
    const d = draftOf();
    d.shocks.AI_EQ = { included: true, text: '-35.5' };
    d.shocks.RATE = { included: true, text: '+120' };
    d.shocks.HY = { included: false, text: '400' };
    d.participationPct = '7';
    d.cashNeed = '25,000';
    const s = scenarioOf(d);
    expect(s.phaseOne.shocks.AI_EQ).toBe(-0.355);
    expect(s.phaseOne.shocks.RATE).toBe(120);
    expect(s.phaseOne.shocks.HY).toBeUndefined();
    expect(s.liquidity.participation).toBe(0.07);
    expect(s.liquidity.cashNeed).toBe(25_000);
  });

  it('converts units both ways per factor', () => {
    expect(toDisplay('BTC', -0.48)).toBe(-48);
    expect(fromDisplay('BTC', -48)).toBe(-0.48);
    expect(toDisplay('IG', 150)).toBe(150);
    expect(fromDisplay('LIQ', -60)).toBe(-0.6);
  });

  it('keeps a custom regime, and a blank row stays at its shock', () => {
    const d = draftOf();
    d.regime = 'custom';
    d.custom.BTC = { retrace: '0.5', lagWeeks: '2', halfLifeWeeks: '10' };
    d.custom.LIQ = { retrace: '', lagWeeks: '', halfLifeWeeks: '' };
    const regime = scenarioOf(d).phaseTwo.regime;
    if (typeof regime === 'string') throw new Error('expected a custom regime');
    expect(regime.custom.BTC).toEqual({ retrace: 0.5, lagWeeks: 2, halfLifeWeeks: 10 });
    expect(regime.custom.LIQ).toBeUndefined();
    expect(regime.custom.AI_EQ).toEqual({ retrace: 1, lagWeeks: 0, halfLifeWeeks: 3 });
    expect(scenarioToDraft({ ...ease, phaseTwo: { ...ease.phaseTwo, regime } }, regimes).custom.BTC.halfLifeWeeks).toBe('10');
  });

  it('starts the custom table from the built-in regime’s values', () => {
    const d = draftOf(noEase);
    expect(d.custom.HY.retrace).toBe(String(regimes.regimes['no-ease']!.factors.HY.retrace));
  });
});

describe('validation', () => {
  it('says which field is not a number, and leaves the text as typed', () => {
    const d = draftOf();
    d.shocks.BTC = { included: true, text: '-4o' };
    d.lambda = '';
    const errors = errorsOf(d);
    expect(errors['shock.BTC']).toBe('Enter a number.');
    expect(errors.lambda).toBe('Enter a number.');
    expect(d.shocks.BTC.text).toBe('-4o');
  });

  it('uses the schema’s own sentence for a fraction below −100 %', () => {
    const d = draftOf();
    d.shocks.AI_EQ = { included: true, text: '-150' };
    expect(errorsOf(d)['shock.AI_EQ']).toMatch(/AI_EQ is a fractional change and cannot fall below −1 \(−100 %\)/);
  });

  it('states the schema’s bounds in the field’s own unit', () => {
    const d = draftOf();
    d.participationPct = '150';
    d.phaseOneWeeks = '0';
    d.lambda = '1.5';
    d.phaseTwoWeeks = '300';
    d.paths = '1.5';
    d.seed = '-1';
    d.name = '  ';
    const errors = errorsOf(d);
    expect(errors.participationPct).toBe('Must be at most 100%.');
    expect(errors.phaseOneWeeks).toBe('Must be more than 0 weeks.');
    expect(errors.lambda).toBe('Must be at most 1.');
    expect(errors.phaseTwoWeeks).toBe('Must be at most 260 weeks.');
    expect(errors.paths).toBe('Enter a whole number.');
    expect(errors.seed).toBe('Must be at least 0.');
    expect(errors.name).toBe('Give the scenario a name.');
  });

  it('marks the custom regime cell that is out of range', () => {
    const d = draftOf();
    d.regime = 'custom';
    d.custom.HY = { retrace: '1', lagWeeks: '-2', halfLifeWeeks: '0' };
    const errors = errorsOf(d);
    expect(errors['regime.HY.lagWeeks']).toBe('Must be at least 0 weeks.');
    expect(errors['regime.HY.halfLifeWeeks']).toBe('Must be more than 0 weeks.');
  });

  it('lists the problems in the editor’s order with the field’s name', () => {
    const d = draftOf();
    d.seed = 'x';
    d.shocks.HY = { included: true, text: '' };
    d.name = '';
    const list = orderedErrors(errorsOf(d)).map(([key, message]) => `${fieldLabel(key)}: ${message}`);
    expect(list).toEqual(['Name: Give the scenario a name.', 'High-yield spread shock: Enter a number.', 'Seed: Enter a number.']);
  });

  it('formats bounds per unit', () => {
    expect(formatBound('shock.HY', 2000, fmt)).toBe('2,000 bp');
    expect(formatBound('participationPct', 1, fmt)).toBe('100%');
    expect(formatBound('cashNeed', 0, fmt)).toBe('$0.00');
  });
});

describe('sliders and display', () => {
  it('has the ranges of the brief per kind of factor', () => {
    expect(shockRange('AI_EQ')).toMatchObject({ min: -100, max: 50 });
    expect(shockRange('HY')).toMatchObject({ min: -200, max: 2000 });
    expect(shockRange('RATE')).toMatchObject({ min: -300, max: 300 });
    expect(shockRange('LIQ')).toMatchObject({ min: -100, max: 0 });
    expect(shockRange('FX_JPY')).toMatchObject({ min: -30, max: 30 });
    expect(shockRange('EQ_CN')).toMatchObject({ min: -100, max: 50 });
  });

  it('clamps the slider, never the field', () => {
    expect(sliderValue(80, shockRange('BTC'))).toBe(50);
    expect(sliderValue(null, shockRange('BTC'))).toBe(0);
    expect(sliderValue(-40, shockRange('BTC'))).toBe(-40);
  });

  it('shows a read-only value in the locale', () => {
    expect(displayNumber('20000', fmt, '—')).toBe('20,000');
    expect(displayNumber('1.2', createFormatters('de-DE', 'EUR'), '—')).toBe('1,2');
    expect(displayNumber('', fmt, '—')).toBe('—');
  });
});
