import { useMemo, useSyncExternalStore } from 'react';

const DARK = '(prefers-color-scheme: dark)';
const REDUCED_MOTION = '(prefers-reduced-motion: reduce)';

/** Re-renders when the theme changes: data-theme on <html> (Settings) or the system's colour scheme. */
function subscribeTheme(onChange: () => void): () => void {
  const media = window.matchMedia(DARK);
  const observer = new MutationObserver(onChange);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
  media.addEventListener('change', onChange);
  return () => {
    observer.disconnect();
    media.removeEventListener('change', onChange);
  };
}

const themeKey = (): string => `${document.documentElement.getAttribute('data-theme') ?? 'system'}|${window.matchMedia(DARK).matches}`;

/**
 * CSS custom properties resolved to colours the canvas can use. The variables hold light-dark() pairs,
 * which getPropertyValue would return unresolved; a probe element's computed colour is the real one.
 */
function resolveColors<K extends string>(vars: Record<K, string>): Record<K, string> {
  const probe = document.createElement('span');
  probe.style.display = 'none';
  document.body.appendChild(probe);
  const out = {} as Record<K, string>;
  for (const [key, variable] of Object.entries(vars) as Array<[K, string]>) {
    probe.style.color = `var(${variable})`;
    out[key] = getComputedStyle(probe).color;
  }
  probe.remove();
  return out;
}

/** The colours named by these CSS variables in the theme now showing; recomputed when it changes. */
export function useThemeColors<K extends string>(vars: Record<K, string>): Record<K, string> {
  const key = useSyncExternalStore(subscribeTheme, themeKey);
  const signature = JSON.stringify(vars);
  // eslint-disable-next-line react-hooks/exhaustive-deps -- recomputed per theme and per set of variables (by value)
  return useMemo(() => resolveColors(vars), [key, signature]);
}

function subscribeMotion(onChange: () => void): () => void {
  const media = window.matchMedia(REDUCED_MOTION);
  media.addEventListener('change', onChange);
  return () => media.removeEventListener('change', onChange);
}

/** True when the person asked the system for less motion. */
export function useReducedMotion(): boolean {
  return useSyncExternalStore(subscribeMotion, () => window.matchMedia(REDUCED_MOTION).matches);
}
