import type { Handlers } from '../../shared/api';
import type { BackendContext } from './context';

export const settingsHandlers = (ctx: BackendContext) =>
  ({
    'settings.get': () => ctx.state.read().settings,
    'settings.update': (patch) => {
      const next = { ...ctx.state.read().settings, ...patch };
      ctx.state.write('settings', next);
      return next;
    },
  }) satisfies Partial<Handlers>;
