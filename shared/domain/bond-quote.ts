import type { Holding } from './holding';

/**
 * A bond as the importer read it (it sets faceValue for bonds only): its quantity is face value and its price is per
 * 100 of face, i.e. in % of par, so its value is face × price ÷ 100.
 */
export const isParQuoted = (h: Pick<Holding, 'faceValue'>): boolean => h.faceValue !== null;
