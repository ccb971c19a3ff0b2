/** Calendar dates as YYYY-MM-DD strings (UTC days: no time zone can move a price history's dates). */

const DAY_MS = 86_400_000;

/**
 * A date written YYYY-MM-DD, YYYY/MM/DD, YYYY.MM.DD or YYYYMMDD, optionally followed by a time (ignored), as
 * YYYY-MM-DD; null for anything else, including impossible dates (2023-02-30) and day-first or month-first
 * forms (03/04/2023 could be either).
 */
export function parseDate(text: string): string | null {
  const m = /^(\d{4})[-/.]?(\d{1,2})[-/.]?(\d{1,2})(?:$|[T\s])/.exec(text.trim());
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = Date.UTC(y, mo - 1, d);
  const back = new Date(t);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d) return null;
  return back.toISOString().slice(0, 10);
}

export const dayNumber = (iso: string): number => Math.round(Date.parse(`${iso}T00:00:00Z`) / DAY_MS);
export const fromDayNumber = (day: number): string => new Date(day * DAY_MS).toISOString().slice(0, 10);
/** 0 = Sunday … 6 = Saturday. */
export const weekday = (iso: string): number => new Date(`${iso}T00:00:00Z`).getUTCDay();
