import factorModel from '../../resources/factor-model.json';
import instrumentDefaults from '../../resources/instrument-defaults.json';
import instrumentSymbols from '../../resources/instrument-symbols.json';
import regimes from '../../resources/regimes.json';
import {
  FactorModelResource,
  InstrumentDefaultsResource,
  instrumentSymbolProblems,
  InstrumentSymbolsResource,
  type ModelResources,
  RegimesResource,
} from './resources';

function load(): ModelResources {
  const resources: ModelResources = {
    factorModel: FactorModelResource.parse(factorModel),
    instrumentDefaults: InstrumentDefaultsResource.parse(instrumentDefaults),
    regimes: RegimesResource.parse(regimes),
    instrumentSymbols: InstrumentSymbolsResource.parse(instrumentSymbols),
  };
  const problems = instrumentSymbolProblems(resources.instrumentSymbols, resources.instrumentDefaults);
  if (problems.length > 0) throw new Error(`instrument-symbols.json: ${problems.join('; ')}`);
  return resources;
}

/** The shipped resource files, schema-checked. The only place the model touches JSON; everything else takes resources as data. */
export const DEFAULT_RESOURCES: ModelResources = load();
