import { emptyProgress, type Progress } from '../../domain/progress/schema';
import { parseEnvelope, serializeEnvelope, type LoadOutcome } from '../../domain/progress/envelope';
import { mergeProgress, unsavedParts } from '../../domain/progress/merge';
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
  /** After a failed save: what is not saved, in the person's words (「団体名」, 「選んだ項目」). */
  unsaved: readonly string[];
  notices: readonly StorageNotice[];
}

export interface ProgressStore {
  getState: () => ProgressState;
  subscribe: (listener: () => void) => () => void;
  update: (change: (progress: Progress) => Progress) => void;
  /**
   * Erases everything this app stored, in this tab and in storage, and the traces in the browser's
   * caches; resolves once they are gone too.
   */
  reset: () => Promise<void>;
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
  /**
   * Erases what other storage areas reveal of the person's input (runtime caches, their
   * expiration records): called by reset, on expiry and when nothing is saved.
   */
  eraseTraces?: () => Promise<void>;
}

export function browserEnvironment(): StoreEnvironment {
  return {
    getStorage: () => window.localStorage,
    events: window,
    // Loaded only when needed: it is not part of the first load.
    eraseTraces: () => import('./traces').then(({ eraseTraces }) => eraseTraces()),
  };
}

export function createProgressStore(env: StoreEnvironment): ProgressStore {
  const now = env.now ?? (() => new Date());
  const storage = probeStorage(env.getStorage);
  const listeners = new Set<() => void>();
  const eraseTraces = () => env.eraseTraces?.().catch(() => undefined) ?? Promise.resolve();
  /** What storage holds, as far as this tab knows: the base of every merge. */
  let saved = emptyProgress();
  /** The stored text `saved` was read from or written as: unchanged text needs no merge. */
  let savedRaw: string | null = null;

  let state: ProgressState = (() => {
    if (!storage) {
      return {
        progress: emptyProgress(),
        updatedAt: undefined,
        persistent: false,
        unsaved: [],
        notices: ['not-persistent'],
      };
    }
    savedRaw = safeRead(storage);
    const loaded = parseEnvelope(savedRaw);
    if (isExpired(loaded.updatedAt, now())) {
      safeRemove(storage);
      savedRaw = null;
      void eraseTraces();
      return {
        progress: emptyProgress(),
        updatedAt: undefined,
        persistent: true,
        unsaved: [],
        notices: ['expired'],
      };
    }
    // Nothing saved, so nothing the caches hold can belong to progress still in use.
    if (loaded.outcome === 'empty') void eraseTraces();
    saved = loaded.progress;
    const updatedAt = clampToNow(loaded.updatedAt, now());
    if (updatedAt !== loaded.updatedAt && updatedAt !== undefined) {
      // Saved while the clock was ahead: from now on the retention period counts from today.
      safeWrite(storage, serializeEnvelope(loaded.progress, updatedAt));
    }
    return {
      progress: loaded.progress,
      updatedAt,
      persistent: true,
      unsaved: [],
      notices: noticeFor(loaded.outcome),
    };
  })();

  const emit = () => listeners.forEach((listener) => listener());

  const setState = (next: ProgressState) => {
    state = next;
    emit();
  };

  const write = (raw: string): boolean => {
    if (!storage) return false;
    try {
      storage.setItem(STORAGE_KEY, raw);
      return true;
    } catch {
      // Quota exceeded or storage revoked mid-session: keep working in memory and say so. The
      // storage is kept: the next change tries again (space may have been freed), and 消去 must
      // still remove what an earlier save left there.
      return false;
    }
  };

  /** What is stored now, merged with this tab's own changes since it last saw storage. */
  const mergeStored = (mine: Progress, raw: string | null): Progress => {
    if (raw === savedRaw) return mine;
    const theirs = parseEnvelope(raw).progress;
    const merged = mergeProgress(saved, mine, theirs);
    saved = theirs;
    savedRaw = raw;
    return merged;
  };

  /** The state after trying to save `progress`: saved, or kept in memory with what is not. */
  const afterSave = (progress: Progress, updatedAt: string, ok: boolean): ProgressState => {
    const failure: StorageNotice = storage ? 'save-failed' : 'not-persistent';
    const others: StorageNotice[] = state.notices.filter((notice) => notice !== 'save-failed');
    return {
      ...state,
      progress,
      updatedAt,
      persistent: ok,
      unsaved: ok || !storage ? [] : unsavedParts(saved, progress),
      notices: ok || others.includes(failure) ? others : [...others, failure],
    };
  };

  const onStorage = (event: Event) => {
    const { key, newValue, storageArea } = event as StorageEvent;
    if (!storage || storageArea !== storage) return;
    // key === null: another tab cleared the whole storage.
    if (key !== STORAGE_KEY && key !== null) return;
    const raw = key === null ? null : newValue;
    if (raw === null) {
      // Erased in another tab (消去, or expired there): erased here too, unsaved changes included.
      saved = emptyProgress();
      savedRaw = null;
      setState({ ...state, progress: saved, updatedAt: undefined, persistent: true, unsaved: [] });
      return;
    }
    const updatedAt = parseEnvelope(raw).updatedAt;
    const progress = mergeStored(state.progress, raw);
    // This tab's unsaved changes (a failed save) stay, over the other tab's.
    const pending = unsavedParts(saved, progress);
    setState({
      ...state,
      progress,
      updatedAt,
      persistent: pending.length === 0,
      unsaved: pending,
      notices:
        pending.length === 0 ? state.notices.filter((n) => n !== 'save-failed') : state.notices,
    });
  };
  env.events?.addEventListener('storage', onStorage);

  return {
    getState: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    update(change) {
      const mine = change(state.progress);
      if (mine === state.progress) return;
      const updatedAt = now().toISOString();
      if (!storage) return setState(afterSave(mine, updatedAt, false));
      // Another tab may have saved since this one last looked (its storage event can still be on
      // its way): merge over what is stored, so neither tab's change is lost.
      const progress = mergeStored(mine, safeRead(storage));
      const raw = serializeEnvelope(progress, updatedAt);
      const ok = write(raw);
      if (ok) {
        saved = progress;
        savedRaw = raw;
      }
      setState(afterSave(progress, updatedAt, ok));
    },
    reset() {
      if (storage) safeRemove(storage);
      saved = emptyProgress();
      savedRaw = null;
      setState({
        progress: emptyProgress(),
        updatedAt: undefined,
        persistent: storage !== null,
        unsaved: [],
        notices: storage ? [] : ['not-persistent'],
      });
      return eraseTraces();
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
