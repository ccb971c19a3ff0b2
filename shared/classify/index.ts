export { classifyHolding, findOverride } from './classify-holding';
export { checkWeights, isExposureTag, parseBlend, type BlendProblem, type BlendResult } from './blend';
export { bondDetails, bondIssuerSymbol, detectBond, type BondDetails, type BondInput } from './bond';
export { bareSymbol, lookupSymbol } from './symbol-table';
export type { ClassifyInput, Overrides, TagWeight } from './types';
export { applyOverrides } from './apply-overrides';
