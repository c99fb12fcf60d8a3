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
    store.reset();
    expect(storage.getItem(STORAGE_KEY)).toBeNull();
    expect(createProgressStore(env(storage)).getState().progress).toEqual(emptyProgress());
  });

  test('reset erases storage and memory', () => {
    const storage = new MemoryStorage();
    const store = createProgressStore(env(storage));
    store.update((p) => ({ ...p, requestConfirmed: true }));
    store.reset();
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
});
