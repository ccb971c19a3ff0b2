// Which Chromium the e2e tests drive: the same locator the PDF printer uses (plain JavaScript, so run-e2e.js can
// load it without a TypeScript loader); browser.d.ts types this file for the Playwright config.
export { chromiumArgs, findChromium, SYSTEM_CHROMIUMS } from '../../electron/backend/chromium-locator.js';

export const HOW_TO_GET_A_BROWSER =
  'No Chromium for the e2e tests: install one (apt-get install chromium, or npx playwright install chromium) or set AFTERSHOCK_CHROMIUM to a Chromium or Chrome executable.';
