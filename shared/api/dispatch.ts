import { t } from '../i18n/translate';
import { calls, isCallName, type Handlers } from './contract';
import type { ApiError, Envelope } from './define';
import { briefZodError } from './brief-zod-error';

/** An error meant for the person: its message is shown as is. Thrown by handlers. */
export class UserError extends Error {
  constructor(
    readonly code: ApiError['code'],
    message: string,
  ) {
    super(message);
    this.name = 'UserError';
  }
}

const fail = (code: ApiError['code'], message: string): Envelope<never> => ({ ok: false, error: { code, message } });

/**
 * The single entry every host uses: checks the call name, parses the input with the call's schema,
 * runs the handler, and turns every failure into an envelope — a bad request never crashes a host.
 */
export async function dispatch(
  handlers: Handlers,
  name: unknown,
  input: unknown,
  onInternalError: (err: unknown) => void = () => {},
): Promise<Envelope<unknown>> {
  if (!isCallName(name)) return fail('unknown_call', t('error.unknownCall', { name: String(name) }));
  const parsed = calls[name].input.safeParse(input ?? {});
  if (!parsed.success) {
    return fail('bad_input', t('error.badInput', { name, details: briefZodError(parsed.error) }));
  }
  try {
    const handler = handlers[name] as (i: unknown) => unknown;
    return { ok: true, value: await handler(parsed.data) };
  } catch (err) {
    if (err instanceof UserError) return fail(err.code, err.message);
    onInternalError(err);
    const details = err instanceof Error ? err.message : String(err);
    return fail('internal', t('error.internal', { name, details }));
  }
}
