import { useId, type KeyboardEvent } from 'react';
import { useT } from '../i18n/use-t';
import { REVERSE_HREF, SCENARIOS_HREF } from '../routing/routes';
import { navigate } from '../routing/navigate';

export type ScenariosTab = 'library' | 'reverse';

const TABS: readonly ScenariosTab[] = ['library', 'reverse'];
const HREF: Record<ScenariosTab, string> = { library: SCENARIOS_HREF, reverse: REVERSE_HREF };

/** Library and editor · Reverse stress test: the tab is part of the address, so Back and links work. */
export function ScenarioTabs({ current, panelId }: { current: ScenariosTab; panelId: string }) {
  const t = useT();
  const base = useId();
  const go = (tab: ScenariosTab) => {
    navigate(HREF[tab]);
    document.getElementById(`${base}-${tab}`)?.focus();
  };
  const onKey = (e: KeyboardEvent) => {
    if (e.key !== 'ArrowRight' && e.key !== 'ArrowLeft') return;
    e.preventDefault();
    go(TABS[(TABS.indexOf(current) + (e.key === 'ArrowRight' ? 1 : TABS.length - 1)) % TABS.length]!);
  };
  return (
    <div className="sc-tabs" role="tablist" aria-label={t('reverse.ui.tabs')} onKeyDown={onKey}>
      {TABS.map((tab) => (
        <button
          key={tab}
          id={`${base}-${tab}`}
          type="button"
          role="tab"
          aria-selected={tab === current}
          aria-controls={panelId}
          tabIndex={tab === current ? 0 : -1}
          className={`sc-tab${tab === current ? ' is-current' : ''}`}
          onClick={() => go(tab)}
          data-testid={`scenarios-tab-${tab}`}
        >
          {t(tab === 'library' ? 'reverse.ui.tab.library' : 'reverse.ui.tab.reverse')}
        </button>
      ))}
    </div>
  );
}
