import { useMemo } from 'react';
import type { RecoveryNote } from '../../../shared/api/app-api';
import { useT } from '../i18n/use-t';
import { useAppStore } from '../stores/app-store';

type Kept = 'portfolio' | 'scenario' | 'run';

const SENTENCE = { portfolio: 'portfolio.kept', scenario: 'scenarios.library.kept', run: 'results.saved.kept' } as const satisfies Record<Kept, string>;

/** A stable empty list: a selector must not answer a new array on every call. */
const NONE: readonly RecoveryNote[] = [];

/**
 * Files of one kind that could not be read and were moved aside, listed where that kind is listed (under the saved
 * runs, the scenario library, the portfolio picker) with where each is kept; the recovery banner says how to restore.
 */
export function KeptFiles({ what, testId }: { what: Kept; testId: string }) {
  const t = useT();
  const recovery = useAppStore((s) => s.info?.recovery ?? NONE);
  const kept = useMemo(() => recovery.flatMap((n) => (n.kind === 'keptAside' && n.what === what ? [n.kept] : [])), [recovery, what]);
  if (kept.length === 0) return null;
  return (
    <ul className="hint kept-files" data-testid={testId}>
      {kept.map((path) => (
        <li key={path}>{t(SENTENCE[what], { kept: path })}</li>
      ))}
    </ul>
  );
}
