/**
 * A number typed by a person: "80", "80.5", "80,5", "1,234.5", " 12 % ". Answers null for anything else.
 * A single comma followed by one or two digits (or more than three) is a decimal comma; otherwise commas group thousands.
 */
export function parseDecimal(text: string): number | null {
  const trimmed = text.trim().replace(/\s*%$/, '').replace(/[\s\u00a0\u202f']/g, '');
  if (trimmed === '') return null;
  let normalised = trimmed;
  if (/^[+-]?\d+,\d{1,2}$/.test(trimmed) || /^[+-]?\d*,\d{4,}$/.test(trimmed)) normalised = trimmed.replace(',', '.');
  else if (/^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/.test(trimmed)) normalised = trimmed.replace(/,/g, '');
  if (!/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(normalised)) return null;
  const value = Number(normalised);
  return Number.isFinite(value) ? value : null;
}
