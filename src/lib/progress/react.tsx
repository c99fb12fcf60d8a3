import { createContext, useContext, useSyncExternalStore, type ReactNode } from 'react';
import type { ProgressState, ProgressStore } from './store';

const StoreContext = createContext<ProgressStore | null>(null);

export function ProgressProvider({
  store,
  children,
}: {
  store: ProgressStore;
  children: ReactNode;
}) {
  return <StoreContext.Provider value={store}>{children}</StoreContext.Provider>;
}

export function useProgressStore(): ProgressStore {
  const store = useContext(StoreContext);
  if (!store) throw new Error('useProgressStore must be used inside <ProgressProvider>');
  return store;
}

export function useProgressState(): ProgressState {
  const store = useProgressStore();
  return useSyncExternalStore(store.subscribe, store.getState, store.getState);
}
