import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

/** Fails early with instructions when no Chromium can be found, instead of a cryptic launch error. */
export default function globalSetup() {
  const configured = process.env.CHROMIUM_PATH;
  const system = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));
  if (configured || system) return;
  if (existsSync(chromium.executablePath())) return;
  throw new Error(
    [
      'No Chromium found for the end-to-end tests.',
      'Install one of:',
      '  sudo apt-get install -y chromium        (Debian/Ubuntu; found at /usr/bin/chromium)',
      '  npx playwright install chromium         (Playwright’s own browser; needs internet)',
      'or set CHROMIUM_PATH to a Chromium/Chrome executable.',
    ].join('\n'),
  );
}
