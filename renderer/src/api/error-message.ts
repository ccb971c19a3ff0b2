import { ApiCallError } from '../../../shared/api/client';
import { translate } from '../i18n/translate';

/** What the person reads for a failed call: the back end's own sentence, or the generic one around an unexpected error. */
export function errorMessage(err: unknown): string {
  if (err instanceof ApiCallError) return err.message;
  return translate('common.error', { message: err instanceof Error ? err.message : String(err) });
}

