// Must stay the first import: it configures zod before any schema is built.
import './zod-jitless';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app';
import { translate } from './i18n/translate';
import { applyExposureColors } from './theme/exposure-colors';
import './styles/theme.css';
import './styles/layout.css';
import './styles/banner.css';
import './styles/table.css';
import './styles/forms.css';
import './styles/dialog.css';
import './styles/portfolio.css';
import './styles/import.css';
import './styles/summary.css';
import './styles/results.css';
import './styles/compare.css';
import './styles/scenarios.css';
import './styles/sources.css';
import './styles/factor-models.css';
import './styles/reverse.css';
import './styles/what-if.css';

document.title = translate('app.name');
applyExposureColors();

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
