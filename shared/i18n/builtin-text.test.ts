import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { classifyHolding } from '../classify/classify-holding';
import { regimeText, ruleName, scenarioDescription, scenarioName } from './builtin-text';
import { messagesEn, withLanguage } from './translate';

const resources = join(__dirname, '..', '..', 'resources');
const scenarios = readdirSync(join(resources, 'scenarios')).map((f) => JSON.parse(readFileSync(join(resources, 'scenarios', f), 'utf8')) as { id: string; name: string; description: string });
const regimes = (JSON.parse(readFileSync(join(resources, 'regimes.json'), 'utf8')) as { regimes: Record<string, { name: string; description: string }> }).regimes;
const en = messagesEn as Record<string, string>;

describe('built-in scenarios and regimes in the reader’s language', () => {
  it('has the English catalogue say exactly what resources/ says (else the Chinese would translate a stale text)', () => {
    for (const s of scenarios) {
      expect(en[`builtin.scenario.${s.id}.name`], s.id).toBe(s.name);
      expect(en[`builtin.scenario.${s.id}.description`], s.id).toBe(s.description);
    }
    for (const [id, r] of Object.entries(regimes)) {
      expect(en[`builtin.regime.${id}.name`], id).toBe(r.name);
      expect(en[`builtin.regime.${id}.description`], id).toBe(r.description);
    }
  });

  it('translates a built-in’s own text, and leaves a renamed or user scenario as written', () => {
    const ease = scenarios.find((s) => s.id === 'ai-capex-bust-ease')!;
    expect(withLanguage('zh-CN', () => scenarioName(ease))).toBe('AI 资本开支泡沫破裂——央行宽松');
    expect(withLanguage('zh-CN', () => scenarioDescription(ease))).toMatch(/^AI 资本开支不及预期/);
    expect(withLanguage('zh-CN', () => scenarioName({ ...ease, name: 'My bust' }))).toBe('My bust');
    expect(withLanguage('zh-CN', () => scenarioName({ id: 'mine', name: 'AI capex bust — central banks ease' }))).toBe('AI capex bust — central banks ease');
    expect(withLanguage('zh-CN', () => regimeText('no-ease', 'name', regimes['no-ease']!.name))).toBe('不宽松（通胀粘性）');
    expect(scenarioName(ease)).toBe(ease.name);
  });

  it('names every tagging rule in the reader’s language, and leaves a file’s own words as they are', () => {
    const rules = JSON.parse(readFileSync(join(resources, 'exposure-rules.json'), 'utf8')) as { bond: { name: string }[]; bondDefault: { name: string }; text: { name: string }[] };
    const input = { symbol: 'NVDA', name: 'NVIDIA', assetClass: null, securityType: null, exposureText: null, isBond: false, isCashLike: false };
    const fromClassifier = [classifyHolding(input), classifyHolding({ ...input, symbol: 'PENDING', name: 'Pending activity', isCashLike: true })].map((e) => e[0]!.source.detail!);
    const names = [...rules.bond.map((r) => r.name), rules.bondDefault.name, ...rules.text.map((r) => r.name), ...fromClassifier];
    expect(names.length).toBeGreaterThan(10);
    for (const name of names) {
      expect(ruleName(name), name).toBe(name);
      expect(withLanguage('zh-CN', () => ruleName(name)), name).not.toBe(name);
    }
    expect(withLanguage('zh-CN', () => ruleName('symbol table'))).toBe('代码表');
    expect(withLanguage('zh-CN', () => ruleName('Equity'))).toBe('Equity');
  });
});
