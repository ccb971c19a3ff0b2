import { ScreenHeading } from '../components/screen-heading';
import { useT } from '../i18n/use-t';
import type { RouteId } from '../routing/routes';
import type { MessageKey } from '../../../shared/i18n/messages-en';

type PlaceholderRoute = Exclude<RouteId, 'portfolio' | 'settings'>;

const placeholderKey = (route: PlaceholderRoute): MessageKey => `placeholder.${route}`;

/** A screen that is not built yet: its title and a sentence saying what it will hold. */
export function PlaceholderScreen({ route }: { route: PlaceholderRoute }) {
  const t = useT();
  return (
    <section className="screen" data-testid={`screen-${route}`}>
      <ScreenHeading>{t(`nav.${route}`)}</ScreenHeading>
      <p className="placeholder">{t(placeholderKey(route))}</p>
    </section>
  );
}
