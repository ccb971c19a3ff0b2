const GROUPED = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

/**
 * A count inside a back-end sentence, grouped (524,298): the sentence is built once in English and re-rendered in the
 * reader's language from its params, and English and Chinese group digits alike.
 */
export const countText = (n: number): string => GROUPED.format(n);
