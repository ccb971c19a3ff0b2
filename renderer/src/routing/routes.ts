import type { MessageKey } from '../../../shared/i18n/messages-en';

/** The screens, in navigation order; each has a hash `#/<id>` and a catalogue label. */
export const ROUTES = ['portfolio', 'scenarios', 'results', 'compare', 'report', 'settings'] as const;
export type RouteId = (typeof ROUTES)[number];

export const DEFAULT_ROUTE: RouteId = 'portfolio';

export const routeLabel = (route: RouteId): MessageKey => `nav.${route}`;

export const routeHref = (route: RouteId): string => `#/${route}`;

/** `#/settings` → 'settings'; anything unknown → the portfolio screen. */
export function parseRoute(hash: string): RouteId {
  const id = hash.replace(/^#\/?/, '').split(/[/?]/)[0] ?? '';
  return (ROUTES as readonly string[]).includes(id) ? (id as RouteId) : DEFAULT_ROUTE;
}

/** The FX table on the Settings screen: the screen's hash plus the section. */
export const FX_SECTION = 'fx';
export const FX_SETTINGS_HREF = `${routeHref('settings')}/${FX_SECTION}`;

/** The factor models on the Settings screen. */
export const MODELS_SECTION = 'models';
export const MODELS_SETTINGS_HREF = `${routeHref('settings')}/${MODELS_SECTION}`;

/** The section named after the screen in the hash: `#/settings/fx` → 'fx'; null when there is none. */
export function parseSection(hash: string): string | null {
  return hash.replace(/^#\/?/, '').split(/[/?]/)[1] || null;
}

/** The Scenarios screen's tabs: the library and editor (no section), and the reverse stress test. */
export const REVERSE_SECTION = 'reverse';
export const SCENARIOS_HREF = routeHref('scenarios');
export const REVERSE_HREF = `${SCENARIOS_HREF}/${REVERSE_SECTION}`;
