import { openDatabase } from '../persist/db';
import { Persister } from '../persist/persister';
import { createAtlasStore } from '../store/atlas_store';

/**
 * What the page makes once: the store every view reads and writes through, and the
 * persister that keeps its edits in IndexedDB. main.tsx wires them up and starts the
 * persister once the curated dataset (its base) is loaded; the browser tests' entry
 * (tests/hooks) reads them too.
 */
export const store = createAtlasStore();
export const persister = new Persister(store, openDatabase());
