/** Longest file text (a cell, a header) a message quotes whole; longer is clipped in the middle. */
export const QUOTE_LIMIT = 120;
const HEAD = 80;
const TAIL = 30;

const isHigh = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLow = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/**
 * Text from a file as a message quotes it: whole up to QUOTE_LIMIT characters, else its first 80 and last 30 around
 * an ellipsis ("1,1,1,…,1,1"), never splitting a surrogate pair — a 1 MB cell must not make a 1 MB sentence.
 */
export function clipQuoted(text: string): string {
  if (text.length <= QUOTE_LIMIT) return text;
  const head = isHigh(text.charCodeAt(HEAD - 1)) ? HEAD - 1 : HEAD;
  const from = text.length - TAIL;
  const tail = isLow(text.charCodeAt(from)) ? from + 1 : from;
  return `${text.slice(0, head)}…${text.slice(tail)}`;
}
