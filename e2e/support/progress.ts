import type { BrowserContext, Page } from '@playwright/test';
import { REQUEST_EXAMPLE } from '../../src/content/request-example';
import { serializeEnvelope } from '../../src/domain/progress/envelope';
import { emptyProgress, type Progress } from '../../src/domain/progress/schema';
import { STORAGE_KEY } from '../../src/lib/progress/store';

export { STORAGE_KEY };

/**
 * Writes raw saved progress before the app's scripts run on the first load of the page (of each
 * page, when given a browser context).
 */
export async function seedStorage(target: Page | BrowserContext, raw: string) {
  await target.addInitScript(
    ([key, value]) => {
      // Only once per tab, so later reloads see what the app itself saved.
      if (!sessionStorage.getItem('e2e-seeded')) {
        localStorage.setItem(key, value);
        sessionStorage.setItem('e2e-seeded', '1');
      }
    },
    [STORAGE_KEY, raw] as const,
  );
}

/**
 * A request made: the guide's 記入例 (which passes every rule) and 「この内容で依頼書を作成する」
 * pressed. The flag alone does not make 依頼書 完了 (docs/decisions/0010-check-equals-pdf.md).
 */
export const CONFIRMED: Partial<Progress> = {
  request: { ...REQUEST_EXAMPLE },
  requestConfirmed: true,
};

/** A valid saved envelope: empty progress with the given changes. */
export function savedProgress(changes: Partial<Progress>): string {
  return serializeEnvelope({ ...emptyProgress(), ...changes }, new Date().toISOString());
}

export async function readStorage(page: Page): Promise<string | null> {
  return page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY);
}
