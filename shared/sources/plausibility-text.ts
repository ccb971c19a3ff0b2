import { scenarioName } from '../i18n/builtin-text';
import { t, textLocale } from '../i18n/translate';
import { oddsReading, severityRange, type OddsReading, type ScoredScenario } from '../model/plausibility-odds';

/** A count of years for reading: two significant figures, “44”, “1,300”, “6.2 million” (the word in the reader's language: “620万”). */
function yearsNumber(years: number, locale: string): string {
  if (years < 1e6) return new Intl.NumberFormat(locale, { maximumSignificantDigits: 2 }).format(years);
  return new Intl.NumberFormat(textLocale(), { maximumSignificantDigits: 2, notation: 'compact', compactDisplay: 'long' }).format(years);
}

const dNumber = (d: number, locale: string) => new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(d);

/** The odds in a phrase: “about once in 44 years”, “about 4 times a year”, “less than once in 1 billion years”. */
export function oddsPhrase(reading: OddsReading, locale: string): string {
  switch (reading.kind) {
    case 'perYear':
      return t('sources.odds.perYear', { times: new Intl.NumberFormat(locale, { maximumSignificantDigits: 2 }).format(reading.timesPerYear) });
    case 'years':
      return t('sources.odds.years', { years: yearsNumber(reading.years, locale) });
    case 'beyond':
      return t('sources.odds.beyond', { limit: yearsNumber(reading.limitYears, locale) });
  }
}

/** d with its odds in a sentence, stating the probability used (a move at least this far along the shock's direction). */
export function oddsSentence(d: number, horizonWeeks: number, locale: string): string {
  const weeks = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(horizonWeeks);
  return t('sources.odds.sentence', { d: dNumber(d, locale), weeks, odds: oddsPhrase(oddsReading(d, horizonWeeks), locale) });
}

/** Why stress scenarios sit far in the tail, and what that says about the normal model: a modelling caveat. */
export const tailCaveat = (): string => t('sources.odds.caveat');

/** “For scale, the built-in scenarios range from d = 3.9 (“…”) to d = 15.0 (“…”).”; null without built-ins. */
export function rangeSentence(scored: readonly ScoredScenario[], locale: string): string | null {
  const range = severityRange(scored);
  if (!range) return null;
  return t('sources.odds.range', {
    low: dNumber(range.lowest.sigma, locale),
    lowName: scenarioName(range.lowest),
    high: dNumber(range.highest.sigma, locale),
    highName: scenarioName(range.highest),
  });
}
