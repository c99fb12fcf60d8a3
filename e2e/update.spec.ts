import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { serviceWorkerReady } from './support/service-worker';
import { startNginx } from '../scripts/support/nginx';
import { ROUTES } from '../src/content/routes';

/**
 * A new version of the app reaches people (issue 7): the service worker downloads it in the
 * background, the open page says so and offers 「今すぐ更新する」, and otherwise the next visit runs
 * it. The production build in dist/ is version 1; version 2 is the same build with a marker in
 * index.html and the service worker's precache list updated for it, which is what a deploy
 * changes. Each test serves them with its own nginx (the production configuration, on a free
 * port), and a deploy swaps the folder it serves.
 */

const DIST = join(import.meta.dirname, '..', 'dist');
const NOTICE = 'この案内の新しい版があります。';

function makeVersions() {
  const dir = mkdtempSync(join(tmpdir(), 'app-versions-'));
  const v1 = join(dir, 'v1');
  const v2 = join(dir, 'v2');
  cpSync(DIST, v1, { recursive: true });
  cpSync(DIST, v2, { recursive: true });
  const html = readFileSync(join(v2, 'index.html'), 'utf8');
  writeFileSync(
    join(v2, 'index.html'),
    html.replace('<head>', '<head><meta name="app-version" content="2">'),
  );
  const sw = readFileSync(join(v2, 'sw.js'), 'utf8');
  const updated = sw.replace(/(url:"index\.html",revision:")[0-9a-f]+"/, '$1version-2"');
  expect(updated, 'dist/sw.js precaches index.html with a revision').not.toBe(sw);
  writeFileSync(join(v2, 'sw.js'), updated);
  return { v1, v2, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** The page, reloaded once the service worker is ready, is served by it. */
async function controlledByServiceWorker(page: Page) {
  await serviceWorkerReady(page);
  await page.reload();
  expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
}

/** Present only in version 2's index.html. */
const version2 = (page: Page) => page.locator('meta[name="app-version"][content="2"]');

let versions: ReturnType<typeof makeVersions>;
test.beforeEach(() => {
  versions = makeVersions();
});
test.afterEach(() => versions.remove());

test('an open page is told of a new version and can switch to it at once', async ({ page }) => {
  test.setTimeout(90_000);
  const server = await startNginx(versions.v1);
  try {
    await page.goto(`${server.url}${ROUTES.tasks}`);
    await expect(page.getByRole('heading', { level: 1, name: '手続きの一覧' })).toBeVisible();
    await controlledByServiceWorker(page);
    await expect(version2(page)).toHaveCount(0);

    server.deploy(versions.v2);
    // Opening a page makes the browser look for a new service worker (the app also looks
    // every hour while it stays open).
    await page.reload();
    await expect(page.getByText(NOTICE)).toBeVisible({ timeout: 30_000 });
    await expect(version2(page)).toHaveCount(0);

    await page.getByRole('button', { name: '今すぐ更新する' }).click();
    await expect(version2(page)).toHaveCount(1, { timeout: 30_000 });
    await expect(page.getByRole('heading', { level: 1, name: '手続きの一覧' })).toBeVisible();
    await expect(page.getByText(NOTICE)).toHaveCount(0);
  } finally {
    await server.close();
  }
});

test('without a click, the next visit runs the new version', async ({ context }) => {
  test.setTimeout(90_000);
  const server = await startNginx(versions.v1);
  try {
    const first = await context.newPage();
    await first.goto(server.url);
    await expect(first.getByRole('link', { name: 'はじめる' })).toBeVisible();
    await controlledByServiceWorker(first);

    server.deploy(versions.v2);
    await first.reload();
    await expect(first.getByText(NOTICE)).toBeVisible({ timeout: 30_000 });
    await expect(version2(first)).toHaveCount(0);
    // The person closes the app without updating …
    await first.close();

    // … and opens it again later.
    const next = await context.newPage();
    await expect
      .poll(
        async () => {
          await next.goto(server.url);
          return version2(next).count();
        },
        { timeout: 30_000 },
      )
      .toBe(1);
    await expect(next.getByRole('link', { name: 'はじめる' })).toBeVisible();
    await expect(next.getByText(NOTICE)).toHaveCount(0);
  } finally {
    await server.close();
  }
});
