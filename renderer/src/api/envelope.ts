import { z } from 'zod';
import type { ApiError, Envelope } from '../../../shared/api/define';
import { translate } from '../i18n/translate';

const ErrorCode = z.enum(['unknown_call', 'bad_input', 'not_found', 'conflict', 'rejected', 'internal']);
const EnvelopeSchema = z.union([
  z.object({ ok: z.literal(true), value: z.unknown() }),
  z.object({ ok: z.literal(false), error: z.object({ code: ErrorCode, message: z.string() }) }),
]);

export const failure = (code: ApiError['code'], message: string): Envelope<never> => ({
  ok: false,
  error: { code, message },
});

/** The back end could not be reached or answered something that is not an envelope. */
export const transportFailure = (details: string): Envelope<never> =>
  failure('internal', translate('error.transport', { details }));

/** Checks that an answer is an envelope; anything else becomes a transport failure the person can read. */
export function toEnvelope(raw: unknown): Envelope<unknown> {
  const parsed = EnvelopeSchema.safeParse(raw);
  if (!parsed.success) return transportFailure(z.prettifyError(parsed.error));
  return parsed.data.ok ? { ok: true, value: parsed.data.value } : { ok: false, error: parsed.data.error };
}

export const describeError = (err: unknown): string => (err instanceof Error ? err.message : String(err));
