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

/** After the bank's call: the request made, the FAX sent and the call recorded, so tasks 4–7 are
 * open. */
export const CALLED: Partial<Progress> = {
  ...CONFIRMED,
  faxSentAt: '2026-11-26T01:05:00.000Z',
  callReceivedAt: '2026-11-26T03:05:00.000Z',
  ticked: ['fax.send'],
};

/** A valid saved envelope: empty progress with the given changes. */
export function savedProgress(changes: Partial<Progress>): string {
  return serializeEnvelope({ ...emptyProgress(), ...changes }, new Date().toISOString());
}

export async function readStorage(page: Page): Promise<string | null> {
  return page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY);
}

/**
 * Makes the app's saves fail like a full disk (QuotaExceededError) while `failSaves(page, true)`
 * is in force; reads still work.
 */
export async function allowFailingSaves(page: Page) {
  await page.addInitScript((key) => {
    const setItem = Object.getOwnPropertyDescriptor(Storage.prototype, 'setItem')!.value as (
      this: Storage,
      k: string,
      v: string,
    ) => void;
    Storage.prototype.setItem = function (this: Storage, k: string, v: string) {
      if (k === key && (window as unknown as { failSaves?: boolean }).failSaves) {
        throw new DOMException('full', 'QuotaExceededError');
      }
      setItem.call(this, k, v);
    };
  }, STORAGE_KEY);
}

export async function failSaves(page: Page, fail: boolean) {
  await page.evaluate(
    (on) => ((window as unknown as { failSaves?: boolean }).failSaves = on),
    fail,
  );
}

/** Everything the origin keeps in the browser: each storage area with what it holds. */
export interface StorageAreas {
  localStorage: string[];
  sessionStorage: string[];
  /** Cache Storage: each cache with the paths it holds. */
  caches: Record<string, string[]>;
  /** IndexedDB: each database's object stores with their record counts. */
  indexedDB: Record<string, Record<string, number>>;
  cookies: string;
}

export async function storageAreas(page: Page): Promise<StorageAreas> {
  return page.evaluate(async () => {
    const keys = (storage: Storage) =>
      Array.from({ length: storage.length }, (_, i) => storage.key(i)!).filter(
        (key) => key !== 'e2e-seeded', // the test's own marker (seedStorage)
      );
    const cacheAreas: Record<string, string[]> = {};
    for (const name of await caches.keys()) {
      const requests = await (await caches.open(name)).keys();
      cacheAreas[name] = requests.map((request) => new URL(request.url).pathname);
    }
    const databases: Record<string, Record<string, number>> = {};
    for (const { name } of await indexedDB.databases()) {
      if (!name) continue;
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open(name);
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(new Error(String(request.error)));
      });
      const stores: Record<string, number> = {};
      for (const store of Array.from(db.objectStoreNames)) {
        stores[store] = await new Promise<number>((resolve, reject) => {
          const count = db.transaction(store).objectStore(store).count();
          count.onsuccess = () => resolve(count.result);
          count.onerror = () => reject(new Error(String(count.error)));
        });
      }
      db.close();
      databases[name] = stores;
    }
    return {
      localStorage: keys(localStorage),
      sessionStorage: keys(sessionStorage),
      caches: cacheAreas,
      indexedDB: databases,
      cookies: document.cookie,
    };
  });
}

/** What remains of the person once erased: nothing but the app's own precache. */
export function personalTraces(areas: StorageAreas) {
  return {
    localStorage: areas.localStorage,
    sessionStorage: areas.sessionStorage,
    caches: Object.fromEntries(
      Object.entries(areas.caches).filter(([name]) => !name.startsWith('workbox-precache')),
    ),
    indexedDBRecords: Object.values(areas.indexedDB)
      .flatMap((stores) => Object.values(stores))
      .reduce((sum, n) => sum + n, 0),
    cookies: areas.cookies,
  };
}

export const NO_TRACES = {
  localStorage: [],
  sessionStorage: [],
  caches: {},
  indexedDBRecords: 0,
  cookies: '',
};
