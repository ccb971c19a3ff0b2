import { useSyncExternalStore } from 'react';
import { parseRoute, parseSection, type RouteId } from './routes';

const subscribe = (onChange: () => void): (() => void) => {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
};

/** The screen named by the URL's hash; the back button and links work as in any page. */
export function useRoute(): RouteId {
  return useSyncExternalStore(subscribe, () => parseRoute(window.location.hash));
}

/** The section after the screen in the hash (`#/scenarios/reverse` → 'reverse'), null when there is none. */
export function useSection(): string | null {
  return useSyncExternalStore(subscribe, () => parseSection(window.location.hash));
}
