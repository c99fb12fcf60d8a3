import { expect, test, type Page } from '@playwright/test';
import {
  NO_TRACES,
  allowFailingSaves,
  failSaves,
  personalTraces,
  storageAreas,
} from './support/progress';
import { serviceWorkerReady } from './support/service-worker';
import { REQUEST_PAGE_PATHS, ROUTES } from '../src/content/routes';

/**
 * Erase means erased (issue 14): 「消去」 and the 30-day expiry leave nothing of the person in any
 * storage area of the origin — localStorage, sessionStorage, Cache Storage (the service worker's
 * runtime caches: postal chunks, font files), IndexedDB (Workbox's expiration records of them),
 * cookies — but the app's own precache, which every visitor has alike.
 */

/** Under the service worker, a postal code typed: its chunk and an expiration record are kept. */
async function leaveTraces(page: Page) {
  await page.goto(ROUTES.start);
  await serviceWorkerReady(page);
  await page.goto(REQUEST_PAGE_PATHS.organisation);
  expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
  await page.getByLabel('郵便番号').fill('100-0001');
  await expect(page.getByText('郵便番号 100-0001 の住所：東京都千代田区千代田')).toBeVisible();
  await page.getByRole('textbox', { name: '団体名' }).fill('髙﨑労働組合');
  // The precondition, so that the test can fail: the area typed is on record in two places.
  await expect
    .poll(async () => {
      const traces = personalTraces(await storageAreas(page));
      return {
        postal: Object.values(traces.caches).flat().includes('/postal/100.json'),
        records: traces.indexedDBRecords > 0,
        saved: traces.localStorage.length > 0,
      };
    })
    .toEqual({ postal: true, records: true, saved: true });
}

async function erase(page: Page) {
  await page.goto(ROUTES.reset);
  await page.getByRole('button', { name: '消去して最初からやり直す' }).click();
  await expect(page.getByText('入力内容を消去しました。')).toBeVisible();
}

test('消去 leaves nothing of the person in any storage area', async ({ page }) => {
  await leaveTraces(page);
  await erase(page);
  expect(personalTraces(await storageAreas(page))).toEqual(NO_TRACES);
  // The app still works offline-ready: the precache is kept.
  const areas = await storageAreas(page);
  expect(Object.keys(areas.caches).some((name) => name.startsWith('workbox-precache'))).toBe(true);
});

test('消去 after a failed save erases everything too', async ({ page }) => {
  await allowFailingSaves(page);
  await leaveTraces(page);
  await failSaves(page, true);
  await page.getByRole('textbox', { name: 'ご住所' }).fill('東京都千代田区千代田1-1');
  await expect(page.getByText('保存されていない内容：ご住所')).toBeVisible();
  await erase(page);
  expect(personalTraces(await storageAreas(page))).toEqual(NO_TRACES);
  await page.reload();
  await expect(page.getByRole('link', { name: 'はじめる' })).toBeVisible();
  expect(personalTraces(await storageAreas(page))).toEqual(NO_TRACES);
});

test('the 30-day expiry erases the traces with the progress', async ({ page }) => {
  await leaveTraces(page);
  // 31 days without a change.
  await page.evaluate(() => {
    for (let i = 0; i < localStorage.length; i += 1) {
      const key = localStorage.key(i)!;
      const envelope = JSON.parse(localStorage.getItem(key)!) as { updatedAt: string };
      envelope.updatedAt = new Date(Date.now() - 31 * 24 * 60 * 60 * 1000).toISOString();
      localStorage.setItem(key, JSON.stringify(envelope));
    }
  });
  await page.goto(ROUTES.tasks);
  await expect(page.getByText('前回の入力から30日以上たったため')).toBeVisible();
  await expect.poll(async () => personalTraces(await storageAreas(page))).toEqual(NO_TRACES);
});
