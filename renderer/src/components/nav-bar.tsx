import { useT } from '../i18n/use-t';
import { ROUTES, routeHref, routeLabel, type RouteId } from '../routing/routes';

/** The screens as plain links: keyboard and back-button friendly; the open one is `aria-current="page"`. */
export function NavBar({ current }: { current: RouteId }) {
  const t = useT();
  return (
    <nav className="app-nav" aria-label={t('nav.label')}>
      <ul>
        {ROUTES.map((route) => (
          <li key={route}>
            <a href={routeHref(route)} aria-current={route === current ? 'page' : undefined}>
              {t(routeLabel(route))}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
