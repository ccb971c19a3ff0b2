import factorModel from '../../resources/factor-model.json';
import instrumentDefaults from '../../resources/instrument-defaults.json';
import regimes from '../../resources/regimes.json';
import { FactorModelResource, InstrumentDefaultsResource, type ModelResources, RegimesResource } from './resources';

/** The shipped resource files, schema-checked. The only place the model touches JSON; everything else takes resources as data. */
export const DEFAULT_RESOURCES: ModelResources = {
  factorModel: FactorModelResource.parse(factorModel),
  instrumentDefaults: InstrumentDefaultsResource.parse(instrumentDefaults),
  regimes: RegimesResource.parse(regimes),
};
