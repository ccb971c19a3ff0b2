import type { z } from 'zod';

/** One call of the contract: a zod schema for what the UI sends and one for what the back end answers. */
export type CallSpec<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> = {
  input: I;
  output: O;
  summary: string;
};

export const defineCall = <I extends z.ZodType, O extends z.ZodType>(spec: CallSpec<I, O>): CallSpec<I, O> => spec;

/** A failure the person can act on: a message from the catalogue plus what it concerns. */
export type ApiError = {
  code: 'unknown_call' | 'bad_input' | 'not_found' | 'conflict' | 'rejected' | 'internal';
  message: string;
};

export type Envelope<T> = { ok: true; value: T } | { ok: false; error: ApiError };
