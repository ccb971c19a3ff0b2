import type { AppInfo, ApiEvent, RecoveryNote } from '../../shared/api';
import type { PreviewStore } from './preview-store';
import type { StateRepo } from './state-repo';

/** What every service is given: injected by the host at start-up. */
export type BackendContext = {
  state: StateRepo;
  host: AppInfo['host'];
  version: string;
  dataDir: string;
  resourcesDir: string;
  /** What start-up recovered from (files kept aside, runs listed again): shown, never silent. */
  recovery: RecoveryNote[];
  emit: (event: ApiEvent) => void;
  now: () => Date;
  /** Import previews awaiting confirmation (or a CLI run). */
  previews: PreviewStore;
};
