import type { Handlers } from '../../shared/api';

/** Scenarios and runs arrive with the engine issue; until then the lists are empty, not missing. */
export const runsHandlers = () =>
  ({
    'scenarios.list': () => [],
    'runs.list': () => [],
  }) satisfies Partial<Handlers>;
