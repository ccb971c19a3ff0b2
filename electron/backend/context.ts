import type { AppInfo, ApiEvent } from '../../shared/api';
import type { PreviewStore } from './preview-store';
import type { StateRepo } from './state-repo';

/** What every service is given: injected by the host at start-up. */
export type BackendContext = {
  state: StateRepo;
  host: AppInfo['host'];
  version: string;
  dataDir: string;
  resourcesDir: string;
  recoveredFrom: string[];
  emit: (event: ApiEvent) => void;
  now: () => Date;
  /** Import previews awaiting confirmation (or a CLI run). */
  previews: PreviewStore;
};
