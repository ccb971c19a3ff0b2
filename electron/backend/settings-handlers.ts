import type { Handlers } from '../../shared/api';
import { setLanguage } from '../../shared/i18n/translate';
import type { BackendContext } from './context';

export const settingsHandlers = (ctx: BackendContext) =>
  ({
    'settings.get': () => ctx.state.read().settings,
    'settings.update': (patch) => {
      const next = { ...ctx.state.read().settings, ...patch };
      ctx.state.write('settings', next);
      // The back end's own sentences (errors, reports) follow the language the person chose.
      if (next.language) setLanguage(next.language);
      return next;
    },
  }) satisfies Partial<Handlers>;
