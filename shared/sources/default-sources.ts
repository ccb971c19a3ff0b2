import sources from '../../resources/sources.json';
import { SourceRegistry } from '../model/source-registry';

/** The shipped source registry, schema-checked once. */
export const DEFAULT_SOURCES: SourceRegistry = SourceRegistry.parse(sources);
