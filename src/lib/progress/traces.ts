/**
 * What other storage areas keep of the person's input, erased with their progress (消去, the
 * 30-day expiry): the service worker's runtime caches (postal chunks name the area typed; web-font
 * and PDF-font files the rare characters of a name) and Workbox's expiration records of them (which
 * URL, and when). The precache is kept: every visitor gets the same files, it reveals nothing, and
 * the app needs it offline. Loaded lazily (src/lib/progress/store.ts).
 */

/** Workbox names its precache `workbox-precache-v2-<scope>`; all other caches are runtime ones. */
const PRECACHE_PREFIX = 'workbox-precache';
/** workbox-expiration's database and store (CacheTimestampsModel). */
const EXPIRATION_DB = 'workbox-expiration';
const EXPIRATION_STORE = 'cache-entries';

export async function eraseTraces(): Promise<void> {
  await Promise.all([eraseRuntimeCaches(), eraseExpirationRecords()]);
}

async function eraseRuntimeCaches(): Promise<void> {
  if (typeof caches === 'undefined') return;
  const names = await caches.keys();
  await Promise.all(
    names.filter((name) => !name.startsWith(PRECACHE_PREFIX)).map((name) => caches.delete(name)),
  );
}

/**
 * Clears the records rather than deleting the database: the service worker keeps a connection
 * open, and a deletion would wait, blocked, until the worker stops. Opening must not create the
 * database either (Workbox would then find version 1 without its store), so a creation is aborted.
 */
function eraseExpirationRecords(): Promise<void> {
  return new Promise((resolve) => {
    if (typeof indexedDB === 'undefined') return resolve();
    let request: IDBOpenDBRequest;
    try {
      request = indexedDB.open(EXPIRATION_DB);
    } catch {
      return resolve();
    }
    request.onupgradeneeded = () => request.transaction?.abort(); // it did not exist
    request.onerror = () => resolve();
    request.onblocked = () => resolve();
    request.onsuccess = () => {
      const db = request.result;
      if (!db.objectStoreNames.contains(EXPIRATION_STORE)) {
        db.close();
        return resolve();
      }
      const transaction = db.transaction(EXPIRATION_STORE, 'readwrite');
      transaction.objectStore(EXPIRATION_STORE).clear();
      const done = () => {
        db.close();
        resolve();
      };
      transaction.oncomplete = done;
      transaction.onerror = done;
      transaction.onabort = done;
    };
  });
}
