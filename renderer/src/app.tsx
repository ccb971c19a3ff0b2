import { useEffect, useRef } from 'react';
import { CompareScreen } from './compare/compare-screen';
import { Banner } from './components/banner';
import { NavBar } from './components/nav-bar';
import { RecoveryBanner } from './components/recovery-banner';
import { ScreenHeading } from './components/screen-heading';
import { ImportController } from './import/import-controller';
import { useT } from './i18n/use-t';
import { KeyboardController } from './keyboard/keyboard-controller';
import { ResultsScreen } from './results/results-screen';
import { routeLabel, type RouteId } from './routing/routes';
import { useRoute } from './routing/use-route';
import { ScenariosScreen } from './scenarios/scenarios-screen';
import { ReportScreen } from './report/report-screen';
import { PlaceholderScreen } from './screens/placeholder-screen';
import { PortfolioScreen } from './portfolio/portfolio-screen';
import { SettingsScreen } from './screens/settings-screen';
import { useAppStore } from './stores/app-store';
import { usePortfolioStore } from './portfolio/portfolio-store';
import { applyTheme } from './theme/apply-theme';

function Screen({ route }: { route: RouteId }) {
  switch (route) {
    case 'portfolio':
      return <PortfolioScreen />;
    case 'settings':
      return <SettingsScreen />;
    case 'results':
      return <ResultsScreen />;
    case 'compare':
      return <CompareScreen />;
    case 'scenarios':
      return <ScenariosScreen />;
    case 'report':
      return <ReportScreen />;
    default:
      return <PlaceholderScreen route={route} />;
  }
}

/** Start-up: app info and settings first, shown as loading or as the error that stopped them. */
function MainContent({ route }: { route: RouteId }) {
  const t = useT();
  const status = useAppStore((s) => s.status);
  const error = useAppStore((s) => s.error);
  const load = useAppStore((s) => s.load);
  if (status === 'ready') return <Screen route={route} />;
  return (
    <section className="screen">
      <ScreenHeading>{t(routeLabel(route))}</ScreenHeading>
      {status === 'error' ? (
        <Banner kind="error" onRetry={load} testId="app-error">
          {error}
        </Banner>
      ) : (
        <p className="muted">{t('common.loading')}</p>
      )}
    </section>
  );
}

export function App() {
  const t = useT();
  const route = useRoute();
  const theme = useAppStore((s) => s.settings?.theme ?? 'system');
  const mainRef = useRef<HTMLElement>(null);
  const shownRoute = useRef(route);

  useEffect(() => {
    void useAppStore.getState().load();
    void usePortfolioStore.getState().reload();
  }, []);

  useEffect(() => applyTheme(theme), [theme]);

  useEffect(() => {
    if (shownRoute.current === route) return;
    shownRoute.current = route;
    // A screen that already put the focus on one of its sections (Settings › FX rates) keeps it.
    const main = mainRef.current;
    if (main && document.activeElement instanceof HTMLElement && document.activeElement !== main && main.contains(document.activeElement)) return;
    main?.querySelector<HTMLElement>('h1')?.focus();
  }, [route]);

  return (
    <div className="app-shell">
      <header className="app-header">
        <span className="app-name">{t('app.name')}</span>
        <span className="app-tagline">{t('app.tagline')}</span>
      </header>
      <RecoveryBanner />
      <div className="app-body">
        <NavBar current={route} />
        <main className="app-main" ref={mainRef}>
          <MainContent route={route} />
        </main>
      </div>
      <ImportController />
      <KeyboardController />
    </div>
  );
}
