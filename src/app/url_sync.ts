import type { AtlasStore } from '../store/atlas_store';
import { queryToView, viewToQuery } from '../store/url_state';

/**
 * Keeps the URL and the view in step: the view is read from the URL once at start, and
 * every later change of filters, selection, camera, language or panel replaces the URL
 * (no history entry per keystroke). Returns the unsubscribe function.
 */
export function syncUrl(store: AtlasStore, location: Location, history: History): () => void {
  store.getState().restoreView(queryToView(location.search));
  let last = location.search;
  return store.subscribe((state) => {
    const query = viewToQuery(state);
    if (query === last) return;
    last = query;
    history.replaceState(history.state, '', `${location.pathname}${query}${location.hash}`);
  });
}
