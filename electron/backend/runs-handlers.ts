import type { Handlers } from '../../shared/api';
import type { RunsService } from './runs-service';

export const runsHandlers = (runs: RunsService) =>
  ({
    'runs.start': (req) => ({ runId: runs.start(req).runId }),
    'runs.rerun': ({ runId }) => ({ runId: runs.rerun(runId).runId }),
    'runs.active': () => runs.active(),
    'runs.cancel': ({ runId }) => ({ cancelled: runs.cancel(runId) }),
    'runs.get': ({ runId }) => runs.get(runId),
    'runs.list': () => runs.list(),
    'runs.delete': ({ runId }) => ({ deleted: runs.remove(runId) }),
  }) satisfies Partial<Handlers>;
