/** English messages: axis titles, annotations and legends of the Results and report charts. */
export const chartsEn = {} as const;
