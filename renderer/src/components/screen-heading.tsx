import type { ReactNode } from 'react';

/** Each screen's one h1; focusable so that moving between screens lands the reader on it. */
export function ScreenHeading({ children, aside }: { children: ReactNode; aside?: ReactNode }) {
  return (
    <div className="screen-head">
      <h1 tabIndex={-1}>{children}</h1>
      {aside}
    </div>
  );
}
