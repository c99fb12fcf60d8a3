import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { defineConfig, devices } from '@playwright/test';

/**
 * Which Chromium to drive: $CHROMIUM_PATH, else Debian's /usr/bin/chromium, else Playwright's own
 * browser (a developer laptop with `npx playwright install`). Machines without internet cannot
 * download Playwright's browser, hence the system one first.
 */
function chromiumExecutable(): string | undefined {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv))
      throw new Error(`CHROMIUM_PATH points to ${fromEnv}, which does not exist.`);
    return fromEnv;
  }
  for (const candidate of ['/usr/bin/chromium', '/usr/bin/chromium-browser']) {
    if (existsSync(candidate)) return candidate;
  }
  return undefined;
}

const executablePath = chromiumExecutable();
// E2E_PORT lets two checkouts run their suites side by side.
const PORT = Number(process.env.E2E_PORT ?? 4173);

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  // As many workers as the machine has cores, at most 4 (E2E_WORKERS overrides): the browser,
  // the preview server and the PDF worker share them, so more would only queue. No test waits
  // for a fixed time, only for conditions, so a busy machine makes them slower, not flaky.
  workers: Number(process.env.E2E_WORKERS ?? Math.min(4, Math.max(1, availableParallelism()))),
  retries: 0,
  reporter: [['list']],
  // Generous: a lazily loaded page chunk or the PDF worker can take seconds on a busy machine.
  timeout: 60_000,
  expect: { timeout: 15_000 },
  globalSetup: './e2e/support/global-setup.ts',
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    locale: 'ja-JP',
    timezoneId: 'Asia/Tokyo',
    trace: 'retain-on-failure',
    actionTimeout: 15_000,
    navigationTimeout: 30_000,
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: { executablePath, args: ['--disable-gpu'] },
      },
    },
  ],
  // Tests run against the production build (npm test builds first) behind the production
  // server, nginx with docs/deploy/nginx.conf: the headers, cache rules and fallback people get.
  webServer: {
    command: `npx tsx scripts/serve-nginx.ts ${PORT}`,
    url: `http://127.0.0.1:${PORT}`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
