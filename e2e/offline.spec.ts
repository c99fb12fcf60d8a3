import { expect, test } from '@playwright/test';
import { EXAMPLE, createPdf, fillRequestForm } from './support/request-form';
import { savedProgress, seedStorage } from './support/progress';
import { serviceWorkerReady } from './support/service-worker';
import { REQUEST_EXAMPLE } from '../src/content/request-example';
import { REQUEST_PAGE_PATHS, ROUTES, TASK_PATHS } from '../src/content/routes';

/**
 * After the first visit the service worker (vite-plugin-pwa / Workbox) has the whole app: pages,
 * the PDF worker, and the PDF glyphs of the form's words, the kana and the level-1 kanji. With the
 * network off the journey to the PDF still works; postal chunks already used answer, others say
 * so and let the person type. Characters whose glyphs were never downloaded are named, and one
 * connection is enough for them.
 */

test('after the first visit, the journey to the PDF works offline', async ({ page, context }) => {
  test.setTimeout(90_000);
  await page.goto(ROUTES.start);
  await expect(page.getByRole('link', { name: 'はじめる' })).toBeVisible();
  await serviceWorkerReady(page);

  // A second visit runs under the service worker; using a postal code caches its chunk.
  await page.goto(REQUEST_PAGE_PATHS.organisation);
  expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
  await page.getByLabel('郵便番号').fill('100-0001');
  await expect(page.getByText('郵便番号 100-0001 の住所：東京都千代田区千代田')).toBeVisible();

  await context.setOffline(true);
  await page.goto(ROUTES.start);
  await page.getByRole('link', { name: '続きから再開する' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '手続きの一覧' })).toBeVisible();

  // The chunk already used answers offline.
  await page.goto(REQUEST_PAGE_PATHS.organisation);
  await page.getByLabel('郵便番号').fill('100-0001');
  await expect(page.getByText('郵便番号 100-0001 の住所：東京都千代田区千代田')).toBeVisible();
  // Another one cannot be had: the person is told and types the address.
  await page.getByLabel('郵便番号').fill('');
  await page.getByLabel('郵便番号').fill(EXAMPLE.postalCode);
  await expect(page.getByText('オフラインのため住所を検索できません')).toBeVisible();

  await fillRequestForm(page);
  await expect(page.getByText('オフラインのため住所を検索できません')).toHaveCount(0);
  await createPdf(page, 30_000);

  // The guide pages come from the cache too.
  await page.goto(TASK_PATHS.certificate);
  await expect(page.getByRole('heading', { level: 1, name: '電子証明書を取得する' })).toBeVisible();
  await context.setOffline(false);
});

test('a page that cannot be loaded offline says so in Japanese, with 再読み込み', async ({
  page,
  context,
}) => {
  // No service worker yet (first visit), then the network goes away before the next page.
  await page.goto(ROUTES.start);
  await expect(page.getByRole('link', { name: 'はじめる' })).toBeVisible();
  await context.route(/\/assets\/task-list-page-[^/]+\.js$/, (route) => route.abort());
  await page.getByRole('link', { name: 'はじめる' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'ページを読み込めませんでした' }),
  ).toBeVisible();
  await expect(page.getByRole('button', { name: '再読み込み' })).toBeVisible();
});

test('offline, a PDF with characters whose glyphs were never downloaded names them; one connection is enough', async ({
  page,
  context,
}) => {
  test.setTimeout(120_000);
  // 𠮷: only the fallback font has it; 髙: JIS X 0213, outside the precached shards.
  await seedStorage(
    context,
    savedProgress({
      request: { ...REQUEST_EXAMPLE, representativeName: '𠮷田 髙子' },
      requestConfirmed: true,
    }),
  );
  await page.goto(ROUTES.start);
  await serviceWorkerReady(page);

  await context.setOffline(true);
  await page.goto(TASK_PATHS.print);
  expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
  await expect(page.getByText('依頼書（PDF）を作成できませんでした。')).toBeVisible({
    timeout: 30_000,
  });
  const notice = page.getByRole('alert').filter({ hasText: '字形' });
  await expect(notice).toContainText('𠮷、髙');
  await expect(notice).toContainText('インターネットに接続してから「もう一度作成する」');
  await expect(notice).toContainText('一度作成すれば');
  // Only those: 田 and 子 are in the precache.
  await expect(notice.locator('.missing-glyphs')).toHaveText('𠮷、髙');

  await context.setOffline(false);
  await page.getByRole('button', { name: 'もう一度作成する' }).click();
  await expect(page.getByText('依頼書（PDF）を作成しました。')).toBeVisible({ timeout: 30_000 });

  // Kept: offline again, in a new page, the same PDF is made.
  await context.setOffline(true);
  await page.reload();
  await expect(page.getByText('依頼書（PDF）を作成しました。')).toBeVisible({ timeout: 30_000 });

  // What reveals the characters lives in the runtime cache 'pdf-glyphs' (which 消去 erases),
  // never in Workbox's precache.
  const cached = await page.evaluate(async () => {
    const out: Record<string, string[]> = {};
    for (const name of await caches.keys()) {
      const cache = await caches.open(name);
      out[name] = (await cache.keys())
        .map((request) => new URL(request.url).pathname)
        .filter((path) => /\/pdf\/glyphs\/.+\/[pf]-\d+\.bin$/.test(path));
    }
    return out;
  });
  const precache = Object.entries(cached).filter(([name]) => name.startsWith('workbox-precache'));
  expect(precache.length).toBe(1);
  expect(precache[0]![1].some((path) => /\/f-\d+\.bin$/.test(path))).toBe(false);
  expect(cached['pdf-glyphs']?.some((path) => /\/f-\d+\.bin$/.test(path))).toBe(true);
  expect(cached['pdf-glyphs']?.some((path) => /\/p-\d+\.bin$/.test(path))).toBe(true);
  for (const path of cached['pdf-glyphs'] ?? []) expect(precache[0]![1]).not.toContain(path);
  await context.setOffline(false);
});
