import { useSyncExternalStore } from 'react';
import { parseRoute, type RouteId } from './routes';

const subscribe = (onChange: () => void): (() => void) => {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
};

/** The screen named by the URL's hash; the back button and links work as in any page. */
export function useRoute(): RouteId {
  return useSyncExternalStore(subscribe, () => parseRoute(window.location.hash));
}
