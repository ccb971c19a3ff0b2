import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EXPOSURE_TAGS } from '../domain/exposure';
import { FACTORS } from '../domain/scenario';
import { DEFAULT_RESOURCES } from './default-resources';
import { FactorModelResource, InstrumentDefaultsResource, RegimesResource } from './resources';

const read = (name: string): unknown => JSON.parse(readFileSync(new URL(`../../resources/${name}`, import.meta.url), 'utf8'));

describe('resource files', () => {
  it('parse with their schemas', () => {
    expect(() => FactorModelResource.parse(read('factor-model.json'))).not.toThrow();
    expect(() => InstrumentDefaultsResource.parse(read('instrument-defaults.json'))).not.toThrow();
    expect(() => RegimesResource.parse(read('regimes.json'))).not.toThrow();
  });

  it('document a basis for every factor, every instrument parameter and every regime factor', () => {
    const { factorModel, instrumentDefaults, regimes } = DEFAULT_RESOURCES;
    for (const f of FACTORS) expect(factorModel.factors[f].basis.length).toBeGreaterThan(20);
    for (const tag of EXPOSURE_TAGS) {
      const { params, basis } = instrumentDefaults.tags[tag];
      for (const field of Object.keys(params).filter((k) => k !== 'kind' && k !== 'variant')) expect(basis, `${tag}.${field}`).toHaveProperty(field);
    }
    const nt = instrumentDefaults.nonTraded;
    for (const field of Object.keys(nt.params).filter((k) => k !== 'kind' && k !== 'variant')) expect(nt.basis, `nonTraded.${field}`).toHaveProperty(field);
    for (const name of ['ease', 'no-ease']) {
      const r = regimes.regimes[name]!;
      expect(r.sources.length).toBeGreaterThan(0);
      for (const f of FACTORS) expect(r.factors[f].basis.length).toBeGreaterThan(10);
    }
  });

  it('load each linear tag 1.0 on its own factor', () => {
    const tags = DEFAULT_RESOURCES.instrumentDefaults.tags;
    expect(tags.ai_equity.params).toMatchObject({ kind: 'linear', loadings: { AI_EQ: 1 } });
    expect(tags.equity.params).toMatchObject({ kind: 'linear', loadings: { EQ: 1 } });
    expect(tags.btc.params).toMatchObject({ kind: 'linear', loadings: { BTC: 1 } });
    expect(tags.crypto_other.params).toMatchObject({ kind: 'linear', loadings: { ALT: 1 } });
    expect(tags.miner_equity.params).toMatchObject({ kind: 'linear', loadings: { BTC: 1, AI_EQ: 0.25, GPU_RENT: 0.25 } });
  });
});
