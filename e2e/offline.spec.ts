import { expect, test } from '@playwright/test';
import { EXAMPLE, createPdf, fillRequestForm } from './support/request-form';
import { serviceWorkerReady } from './support/service-worker';
import { REQUEST_PAGE_PATHS, ROUTES, TASK_PATHS } from '../src/content/routes';

/**
 * After the first visit the service worker (vite-plugin-pwa / Workbox) has the whole app: pages,
 * PDF worker and font, the UI font's faces. With the network off the journey to the PDF still
 * works; postal chunks already used answer, others say so and let the person type.
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
