import { expect, type Page } from '@playwright/test';

/** Waits until the page's service worker has installed the app and taken over. */
export async function serviceWorkerReady(page: Page) {
  await expect
    .poll(
      () =>
        page.evaluate(async () => {
          const registration = await navigator.serviceWorker.getRegistration();
          return registration?.active?.state ?? 'none';
        }),
      { timeout: 30_000 },
    )
    .toBe('activated');
}
