import { emptyProgress, type Progress } from '../../domain/progress/schema';
import { parseEnvelope, serializeEnvelope, type LoadOutcome } from '../../domain/progress/envelope';
import { clampToNow, isExpired } from '../../domain/progress/retention';

/**
 * The one place progress is kept: in memory for the page, mirrored to localStorage when the
 * browser allows it. Framework-free so it can be tested without React.
 */

export const STORAGE_KEY = 'rokin-cert-wizard:progress';

/** Why the person should be told something about their saved progress. */
export type StorageNotice =
  | 'unreadable' // saved progress existed but nothing could be restored
  | 'partly-restored' // some values were damaged and reset
  | 'not-persistent' // storage is blocked: progress lives only in this page
  | 'save-failed' // the last save failed (e.g. storage full): retried on the next change
  | 'expired'; // saved progress was older than the retention period and has been erased

export interface ProgressState {
  progress: Progress;
  /** When the progress last changed (ISO 8601), if it ever did. */
  updatedAt: string | undefined;
  /** False when the progress in memory is not (or not all) saved: storage blocked or a save failed. */
  persistent: boolean;
  notices: readonly StorageNotice[];
}

export interface ProgressStore {
  getState: () => ProgressState;
  subscribe: (listener: () => void) => () => void;
  update: (change: (progress: Progress) => Progress) => void;
  /** Erases everything this app stored, in this tab and in storage. */
  reset: () => void;
  dismissNotice: (notice: StorageNotice) => void;
  /** Stops listening to other tabs. */
  dispose: () => void;
}

export interface StoreEnvironment {
  /** Returns the storage, or throws when the browser blocks it (e.g. SecurityError). */
  getStorage: () => Storage;
  /** Where `storage` events from other tabs arrive; absent in tests without a window. */
  events?: Pick<Window, 'addEventListener' | 'removeEventListener'>;
  now?: () => Date;
}

export function browserEnvironment(): StoreEnvironment {
  return { getStorage: () => window.localStorage, events: window };
}

export function createProgressStore(env: StoreEnvironment): ProgressStore {
  const now = env.now ?? (() => new Date());
  const storage = probeStorage(env.getStorage);
  const listeners = new Set<() => void>();

  let state: ProgressState = (() => {
    if (!storage) {
      return {
        progress: emptyProgress(),
        updatedAt: undefined,
        persistent: false,
        notices: ['not-persistent'],
      };
    }
    const loaded = parseEnvelope(safeRead(storage));
    if (isExpired(loaded.updatedAt, now())) {
      safeRemove(storage);
      return {
        progress: emptyProgress(),
        updatedAt: undefined,
        persistent: true,
        notices: ['expired'],
      };
    }
    const updatedAt = clampToNow(loaded.updatedAt, now());
    if (updatedAt !== loaded.updatedAt && updatedAt !== undefined) {
      // Saved while the clock was ahead: from now on the retention period counts from today.
      safeWrite(storage, serializeEnvelope(loaded.progress, updatedAt));
    }
    return {
      progress: loaded.progress,
      updatedAt,
      persistent: true,
      notices: noticeFor(loaded.outcome),
    };
  })();

  const emit = () => listeners.forEach((listener) => listener());

  const setState = (next: ProgressState) => {
    state = next;
    emit();
  };

  const write = (progress: Progress, updatedAt: string): boolean => {
    if (!storage) return false;
    try {
      storage.setItem(STORAGE_KEY, serializeEnvelope(progress, updatedAt));
      return true;
    } catch {
      // Quota exceeded or storage revoked mid-session: keep working in memory and say so. The
      // storage is kept: the next change tries again (space may have been freed), and 消去 must
      // still remove what an earlier save left there.
      return false;
    }
  };

  const onStorage = (event: Event) => {
    const { key, newValue, storageArea } = event as StorageEvent;
    if (!storage || storageArea !== storage) return;
    // key === null: another tab cleared the whole storage.
    if (key !== STORAGE_KEY && key !== null) return;
    const loaded = parseEnvelope(key === null ? null : newValue);
    setState({ ...state, progress: loaded.progress, updatedAt: loaded.updatedAt });
  };
  env.events?.addEventListener('storage', onStorage);

  return {
    getState: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    update(change) {
      const progress = change(state.progress);
      if (progress === state.progress) return;
      const updatedAt = now().toISOString();
      const saved = write(progress, updatedAt);
      const failure: StorageNotice = storage ? 'save-failed' : 'not-persistent';
      const others: StorageNotice[] = state.notices.filter((notice) => notice !== 'save-failed');
      setState({
        ...state,
        progress,
        updatedAt,
        persistent: saved,
        notices: saved || others.includes(failure) ? others : [...others, failure],
      });
    },
    reset() {
      if (storage) safeRemove(storage);
      setState({
        progress: emptyProgress(),
        updatedAt: undefined,
        persistent: storage !== null,
        notices: storage ? [] : ['not-persistent'],
      });
    },
    dismissNotice(notice) {
      setState({ ...state, notices: state.notices.filter((n) => n !== notice) });
    },
    dispose() {
      env.events?.removeEventListener('storage', onStorage);
      listeners.clear();
    },
  };
}

function noticeFor(outcome: LoadOutcome): StorageNotice[] {
  if (outcome === 'unreadable') return ['unreadable'];
  if (outcome === 'partly-restored') return ['partly-restored'];
  return [];
}

/** Storage can exist and still refuse writes (Safari private mode, a full quota, a policy). */
function probeStorage(getStorage: () => Storage): Storage | null {
  try {
    const storage = getStorage();
    const probe = `${STORAGE_KEY}:probe`;
    storage.setItem(probe, '1');
    storage.removeItem(probe);
    return storage;
  } catch {
    return null;
  }
}

function safeRead(storage: Storage): string | null {
  try {
    return storage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}

function safeRemove(storage: Storage): void {
  try {
    storage.removeItem(STORAGE_KEY);
  } catch {
    // Nothing more can be done; the in-memory state is cleared by the caller either way.
  }
}

function safeWrite(storage: Storage, value: string): void {
  try {
    storage.setItem(STORAGE_KEY, value);
  } catch {
    // The clamped time stays in memory; the next save writes it.
  }
}
