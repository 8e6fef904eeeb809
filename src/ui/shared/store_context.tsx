import { createContext, type ReactNode, useContext } from 'react';
import { useStore } from 'zustand';
import type { AtlasActions, AtlasState, AtlasStore } from '../../store/atlas_store';
import { isReadOnly } from '../../store/editing';

const StoreContext = createContext<AtlasStore | null>(null);

/** Gives the components below the store (the app's, or a fresh one in a component test). */
export function AtlasStoreProvider({
  store,
  children,
}: {
  store: AtlasStore;
  children: ReactNode;
}) {
  return <StoreContext.Provider value={store}>{children}</StoreContext.Provider>;
}

export function useAtlasStore(): AtlasStore {
  const store = useContext(StoreContext);
  if (!store) throw new Error('useAtlas needs an AtlasStoreProvider above it');
  return store;
}

/** A slice of the store; the component re-renders when it changes. */
export function useAtlas<T>(selector: (state: AtlasState & AtlasActions) => T): T {
  return useStore(useAtlasStore(), selector);
}

/**
 * True when the browser gives no storage (a private window): the Atlas is read-only, and
 * the controls that change data (edit, create, delete, import, place) are not shown.
 */
export function useReadOnly(): boolean {
  return useAtlas(isReadOnly);
}
