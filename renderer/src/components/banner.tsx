import type { ReactNode } from 'react';
import { useT } from '../i18n/use-t';

export type BannerKind = 'error' | 'warning' | 'info';

type BannerProps = {
  kind: BannerKind;
  children: ReactNode;
  /** A button or link shown at the end of the banner, e.g. "Try again". */
  action?: ReactNode;
  /** Shows a "Try again" button that calls this (instead of `action`). */
  onRetry?: () => unknown;
  testId?: string;
};

/** A sentence the person must see: errors are announced at once, the rest politely. */
export function Banner({ kind, children, action, onRetry, testId }: BannerProps) {
  const t = useT();
  return (
    <div className={`banner banner-${kind}`} role={kind === 'error' ? 'alert' : 'status'} data-testid={testId}>
      <span className="banner-icon" aria-hidden="true" />
      <div className="banner-text">{children}</div>
      {onRetry ? (
        <button type="button" onClick={() => void onRetry()}>
          {t('common.retry')}
        </button>
      ) : (
        action
      )}
    </div>
  );
}
