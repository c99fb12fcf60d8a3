import { describe, expect, test, vi } from 'vitest';
import {
  STORAGE_KEY,
  createProgressStore,
  type StoreEnvironment,
} from '../../../src/lib/progress/store';
import { CURRENT_VERSION, serializeEnvelope } from '../../../src/domain/progress/envelope';
import { emptyProgress } from '../../../src/domain/progress/schema';
import { MemoryStorage } from '../../support/memory-storage';

const fixedNow = () => new Date('2026-11-26T03:00:00.000Z');
const env = (storage: Storage, events?: StoreEnvironment['events']): StoreEnvironment => ({
  getStorage: () => storage,
  events,
  now: fixedNow,
});

describe('progress store', () => {
  test('saves every change to storage as a versioned envelope', () => {
    const storage = new MemoryStorage();
    const store = createProgressStore(env(storage));
    store.update((p) => ({ ...p, requestConfirmed: true }));
    const raw = JSON.parse(storage.getItem(STORAGE_KEY)!) as Record<string, unknown>;
    expect(raw).toMatchObject({
      app: 'rokin-cert-wizard',
      version: CURRENT_VERSION,
      updatedAt: '2026-11-26T03:00:00.000Z',
    });
    expect(createProgressStore(env(storage)).getState().progress.requestConfirmed).toBe(true);
  });

  test('notifies subscribers', () => {
    const store = createProgressStore(env(new MemoryStorage()));
    const listener = vi.fn();
    store.subscribe(listener);
    store.update((p) => ({ ...p, ticked: ['a'] }));
    expect(listener).toHaveBeenCalledTimes(1);
  });

  test('corrupt storage gives defaults and a notice', () => {
    const storage = new MemoryStorage();
    storage.setItem(STORAGE_KEY, '{not json');
    const state = createProgressStore(env(storage)).getState();
    expect(state.progress).toEqual(emptyProgress());
    expect(state.notices).toEqual(['unreadable']);
    expect(state.persistent).toBe(true);
  });

  test('blocked storage: works in memory and says progress will not be kept', () => {
    const store = createProgressStore({
      getStorage: () => {
        throw new DOMException('denied', 'SecurityError');
      },
    });
    expect(store.getState()).toMatchObject({ persistent: false, notices: ['not-persistent'] });
    store.update((p) => ({ ...p, requestConfirmed: true }));
    expect(store.getState().progress.requestConfirmed).toBe(true);
  });

  test('a failed save keeps the change in memory with a notice, and saving resumes once it works', () => {
    const storage = new MemoryStorage();
    const store = createProgressStore(env(storage));
    storage.failWrites = true;
    store.update((p) => ({ ...p, requestConfirmed: true }));
    expect(store.getState()).toMatchObject({ persistent: false, notices: ['save-failed'] });
    expect(store.getState().progress.requestConfirmed).toBe(true);
    // Still failing: one notice, not two.
    store.update((p) => ({ ...p, ticked: ['a'] }));
    expect(store.getState().notices).toEqual(['save-failed']);
    // Space freed: the next change saves everything and the notice goes.
    storage.failWrites = false;
    store.update((p) => ({ ...p, ticked: ['a', 'b'] }));
    expect(store.getState()).toMatchObject({ persistent: true, notices: [] });
    const reloaded = createProgressStore(env(storage)).getState().progress;
    expect(reloaded).toMatchObject({ requestConfirmed: true, ticked: ['a', 'b'] });
  });

  test('reset after a failed save erases what an earlier save left in storage', () => {
    const storage = new MemoryStorage();
    const store = createProgressStore(env(storage));
    store.update((p) => ({ ...p, requestConfirmed: true }));
    storage.failWrites = true;
    store.update((p) => ({ ...p, ticked: ['a'] }));
    void store.reset();
    expect(storage.getItem(STORAGE_KEY)).toBeNull();
    expect(createProgressStore(env(storage)).getState().progress).toEqual(emptyProgress());
  });

  test('reset erases storage and memory', () => {
    const storage = new MemoryStorage();
    const store = createProgressStore(env(storage));
    store.update((p) => ({ ...p, requestConfirmed: true }));
    void store.reset();
    expect(storage.getItem(STORAGE_KEY)).toBeNull();
    expect(store.getState().progress).toEqual(emptyProgress());
    expect(store.getState().updatedAt).toBeUndefined();
  });

  test('follows changes made in another tab', () => {
    const storage = new MemoryStorage();
    const events = new EventTarget();
    const store = createProgressStore(env(storage, events));
    const other = { ...emptyProgress(), requestConfirmed: true };
    const newValue = serializeEnvelope(other, '2026-11-26T04:00:00.000Z');
    const event = Object.assign(new Event('storage'), {
      key: STORAGE_KEY,
      newValue,
      storageArea: storage,
    });
    events.dispatchEvent(event);
    expect(store.getState().progress.requestConfirmed).toBe(true);

    const cleared = Object.assign(new Event('storage'), {
      key: null,
      newValue: null,
      storageArea: storage,
    });
    events.dispatchEvent(cleared);
    expect(store.getState().progress).toEqual(emptyProgress());
  });

  test('ignores storage events for other keys', () => {
    const storage = new MemoryStorage();
    const events = new EventTarget();
    const store = createProgressStore(env(storage, events));
    store.update((p) => ({ ...p, requestConfirmed: true }));
    events.dispatchEvent(
      Object.assign(new Event('storage'), { key: 'other', newValue: 'x', storageArea: storage }),
    );
    expect(store.getState().progress.requestConfirmed).toBe(true);
  });

  test('progress untouched for more than 30 days is erased on load, with a notice', () => {
    const storage = new MemoryStorage();
    storage.setItem(
      STORAGE_KEY,
      serializeEnvelope({ ...emptyProgress(), requestConfirmed: true }, '2026-10-20T00:00:00.000Z'),
    );
    const state = createProgressStore(env(storage)).getState();
    expect(state.progress).toEqual(emptyProgress());
    expect(state.notices).toEqual(['expired']);
    expect(storage.getItem(STORAGE_KEY)).toBeNull();
  });

  test('recent progress is kept', () => {
    const storage = new MemoryStorage();
    storage.setItem(
      STORAGE_KEY,
      serializeEnvelope({ ...emptyProgress(), requestConfirmed: true }, '2026-11-20T00:00:00.000Z'),
    );
    expect(createProgressStore(env(storage)).getState().progress.requestConfirmed).toBe(true);
  });

  test('progress saved while the clock was ahead expires 30 days after the clock is right', () => {
    const storage = new MemoryStorage();
    storage.setItem(
      STORAGE_KEY,
      serializeEnvelope({ ...emptyProgress(), ticked: ['a'] }, '2031-01-01T00:00:00.000Z'),
    );
    let today = new Date('2026-11-26T03:00:00.000Z');
    const at = () => ({ getStorage: () => storage, now: () => today });
    // Opened with the right clock: kept, and its saved time is now today.
    expect(createProgressStore(at()).getState().progress.ticked).toEqual(['a']);
    const saved = JSON.parse(storage.getItem(STORAGE_KEY)!) as { updatedAt: string };
    expect(saved.updatedAt).toBe('2026-11-26T03:00:00.000Z');
    // 31 days later, untouched: erased like any other progress.
    today = new Date('2026-12-27T03:00:01.000Z');
    const later = createProgressStore(at()).getState();
    expect(later.notices).toContain('expired');
    expect(later.progress.ticked).toEqual([]);
    expect(storage.getItem(STORAGE_KEY)).toBeNull();
  });

  test('a failed save says exactly what is not saved, and nothing once saving works', () => {
    const storage = new MemoryStorage();
    const store = createProgressStore(env(storage));
    store.update((p) => ({ ...p, request: { ...p.request, address: '東京都' } }));
    storage.failWrites = true;
    store.update((p) => ({ ...p, request: { ...p.request, organisationName: '中央労働組合' } }));
    store.update((p) => ({ ...p, ticked: ['a'] }));
    expect(store.getState().unsaved).toEqual(['団体名', '手順のチェック（1件）']);
    storage.failWrites = false;
    store.update((p) => ({ ...p, ticked: ['a', 'b'] }));
    expect(store.getState()).toMatchObject({ unsaved: [], persistent: true, notices: [] });
  });

  test('reset, expiry and an empty start erase the traces in other storage areas', async () => {
    const erased = vi.fn(() => Promise.resolve());
    const storage = new MemoryStorage();
    const at = (now: string) => ({
      getStorage: () => storage,
      now: () => new Date(now),
      eraseTraces: erased,
    });
    // Nothing saved: whatever the caches hold belongs to no progress in use.
    const store = createProgressStore(at('2026-11-26T03:00:00.000Z'));
    expect(erased).toHaveBeenCalledTimes(1);
    store.update((p) => ({ ...p, ticked: ['a'] }));
    // Saved progress in use: its traces are kept.
    createProgressStore(at('2026-11-27T03:00:00.000Z'));
    expect(erased).toHaveBeenCalledTimes(1);
    // Expired: erased with it.
    createProgressStore(at('2027-01-27T03:00:00.000Z'));
    expect(erased).toHaveBeenCalledTimes(2);
    // 消去: resolves only once the traces are gone too.
    await store.reset();
    expect(erased).toHaveBeenCalledTimes(3);
  });

  test('a failing trace eraser does not stop reset', async () => {
    const storage = new MemoryStorage();
    const store = createProgressStore({
      getStorage: () => storage,
      now: fixedNow,
      eraseTraces: () => Promise.reject(new Error('caches unavailable')),
    });
    store.update((p) => ({ ...p, ticked: ['a'] }));
    await expect(store.reset()).resolves.toBeUndefined();
    expect(storage.getItem(STORAGE_KEY)).toBeNull();
  });

  test('a failed save survives another tab saving: both tabs’ changes are kept', () => {
    const storage = new MemoryStorage();
    const eventsA = new EventTarget();
    const a = createProgressStore(env(storage, eventsA));
    const b = createProgressStore(env(storage));
    storage.failWrites = true;
    a.update((p) => ({ ...p, request: { ...p.request, address: '東京都' } }));
    storage.failWrites = false;
    b.update((p) => ({ ...p, request: { ...p.request, organisationName: '中央労働組合' } }));
    eventsA.dispatchEvent(
      Object.assign(new Event('storage'), {
        key: STORAGE_KEY,
        newValue: storage.getItem(STORAGE_KEY),
        storageArea: storage,
      }),
    );
    expect(a.getState().progress.request).toMatchObject({
      address: '東京都',
      organisationName: '中央労働組合',
    });
    expect(a.getState().unsaved).toEqual(['ご住所']);
    a.update((p) => ({ ...p, ticked: ['x'] }));
    const reloaded = createProgressStore(env(storage)).getState().progress;
    expect(reloaded.request).toMatchObject({ address: '東京都', organisationName: '中央労働組合' });
    expect(reloaded.ticked).toEqual(['x']);
  });
});

/**
 * Two tabs typing into the same saved progress, in every order: each keystroke of either tab is
 * kept whether or not the other tab's storage event arrived before it (a tab's own state can be
 * stale; the store merges over what is stored when it saves).
 */
describe('two tabs, every order of four entries', () => {
  const entries = [
    ['address', '東京都千代田区神田駿河台9-99-9'],
    ['organisationName', '中央労働組合'],
    ['representativeTitle', '執行委員長'],
    ['representativeName', '労金 花子'],
  ] as const;
  const permutations = <T>(items: readonly T[]): T[][] =>
    items.length <= 1
      ? [[...items]]
      : items.flatMap((item, i) =>
          permutations([...items.slice(0, i), ...items.slice(i + 1)]).map((rest) => [
            item,
            ...rest,
          ]),
        );
  const orders = permutations(entries);
  // Which tab types each entry: all 16 assignments, with and without storage events delivered.
  const cases = orders.flatMap((order) =>
    [...Array(16).keys()].flatMap((tabs) =>
      [true, false].map((events) => ({ order, tabs, events })),
    ),
  );

  test(`keeps every entry (${cases.length} cases: 24 orders × 16 tab assignments × events on/off)`, () => {
    for (const { order, tabs, events } of cases) {
      const storage = new MemoryStorage();
      const targets = [new EventTarget(), new EventTarget()];
      const stores = targets.map((target) => createProgressStore(env(storage, target)));
      order.forEach(([name, value], i) => {
        const tab = (tabs >> i) & 1;
        stores[tab]!.update((p) => ({ ...p, request: { ...p.request, [name]: value } }));
        if (events) {
          targets[1 - tab]!.dispatchEvent(
            Object.assign(new Event('storage'), {
              key: STORAGE_KEY,
              newValue: storage.getItem(STORAGE_KEY),
              storageArea: storage,
            }),
          );
        }
      });
      const saved = createProgressStore(env(storage)).getState().progress.request;
      for (const [name, value] of entries)
        expect(saved[name], JSON.stringify({ order, tabs, events })).toBe(value);
    }
  });
});
