import type { Handlers } from '../../shared/api';
import type { BackendContext } from './context';

export const appHandlers = (ctx: BackendContext) =>
  ({
    'app.info': () => ({
      name: 'Aftershock',
      version: ctx.version,
      host: ctx.host,
      dataDir: ctx.dataDir,
      recovery: ctx.recovery,
    }),
  }) satisfies Partial<Handlers>;
