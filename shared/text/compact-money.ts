/**
 * Money in short form for chart axes and labels: abbreviated where the locale abbreviates that amount ("$7.2K" in
 * English, "US$1.2万" in Chinese, whose first step is 10⁴), otherwise whole units with grouping ("US$7,246", never
 * "US$7246.4"). Whether the locale abbreviated is read from Intl's own parts, not from a list of locales.
 */
export function compactMoney(locale: string, currency: string): (units: number) => string {
  const compact = new Intl.NumberFormat(locale, { style: 'currency', currency, notation: 'compact', minimumFractionDigits: 0, maximumFractionDigits: 1 });
  const whole = new Intl.NumberFormat(locale, { style: 'currency', currency, minimumFractionDigits: 0, maximumFractionDigits: 0 });
  return (units) => (compact.formatToParts(units).some((p) => p.type === 'compact') ? compact.format(units) : whole.format(units));
}
