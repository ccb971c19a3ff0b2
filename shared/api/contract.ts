import type { z } from 'zod';
import { appCalls, appEvents } from './app-api';
import { factorModelCalls } from './factor-models-api';
import { importCalls } from './imports-api';
import { portfolioCalls } from './portfolios-api';
import { reportCalls } from './reports-api';
import { runCalls, runEvents } from './runs-api';
import { settingsCalls } from './settings-api';
import { stressCalls, stressEvents } from './stress-api';
import { whatIfCalls } from './what-if-api';

/** The one contract between the UI and the back end. Hosts, preload and client are all derived from it. */
export const calls = { ...appCalls, ...settingsCalls, ...portfolioCalls, ...importCalls, ...runCalls, ...reportCalls, ...factorModelCalls, ...stressCalls, ...whatIfCalls };
/** Everything the back end pushes. */
export const events = { ...appEvents, ...runEvents, ...stressEvents };

export type Calls = typeof calls;
export type CallName = keyof Calls;
export type CallInput<N extends CallName> = z.input<Calls[N]['input']>;
export type ParsedInput<N extends CallName> = z.output<Calls[N]['input']>;
export type CallOutput<N extends CallName> = z.output<Calls[N]['output']>;

export type EventName = keyof typeof events;
export type EventPayload<E extends EventName> = z.output<(typeof events)[E]>;
export type ApiEvent = { [E in EventName]: { name: E; payload: EventPayload<E> } }[EventName];

/** What the UI sees: one async function per call. */
export type Api = { [N in CallName]: (input: CallInput<N>) => Promise<CallOutput<N>> };
/** What the back end implements: one function per call, given input already parsed by its schema. */
export type Handlers = { [N in CallName]: (input: ParsedInput<N>) => Promise<CallOutput<N>> | CallOutput<N> };

export const CALL_NAMES = Object.keys(calls) as CallName[];
export const EVENT_NAMES = Object.keys(events) as EventName[];

export const isCallName = (name: unknown): name is CallName =>
  typeof name === 'string' && Object.prototype.hasOwnProperty.call(calls, name);

/** Transport names, written once. */
export const IPC_CHANNELS = { call: 'aftershock:call', event: 'aftershock:event' } as const;
export const HTTP_PATHS = { callPrefix: '/api/call/', events: '/api/events' } as const;
