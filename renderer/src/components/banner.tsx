import type { ReactNode } from 'react';

export type BannerKind = 'error' | 'warning' | 'info';

type BannerProps = {
  kind: BannerKind;
  children: ReactNode;
  /** A button or link shown at the end of the banner, e.g. "Try again". */
  action?: ReactNode;
  testId?: string;
};

/** A sentence the person must see: errors are announced at once, the rest politely. */
export function Banner({ kind, children, action, testId }: BannerProps) {
  return (
    <div className={`banner banner-${kind}`} role={kind === 'error' ? 'alert' : 'status'} data-testid={testId}>
      <span className="banner-icon" aria-hidden="true" />
      <div className="banner-text">{children}</div>
      {action}
    </div>
  );
}
