/** English messages: citations (publication, date, link), FX-rate provenance and plausibility in plain words. */
export const sourcesEn = {} as const;
