import { z } from 'zod';
import { t } from '../i18n/translate';
import { countText } from '../text/count-text';

/** Problems a validation message lists; a file with 100,000 bad entries says the first ones and how many more. */
export const LISTED_PROBLEMS = 10;

/** zod's readable list of what is wrong (z.prettifyError), of the first LISTED_PROBLEMS issues, then "… and N more". */
export function briefZodError(error: z.ZodError): string {
  const { issues } = error;
  if (issues.length <= LISTED_PROBLEMS) return z.prettifyError(error);
  const listed = z.prettifyError(new z.ZodError(issues.slice(0, LISTED_PROBLEMS)));
  return `${listed}\n${t('error.moreProblems', { count: countText(issues.length - LISTED_PROBLEMS) })}`;
}
