import type { AtlasStore } from '../store/atlas_store';
import { queryToView, viewToQuery } from '../store/url_state';

/** How long the URL waits for the view to settle before it follows (typing, dragging the map). */
export const URL_DELAY_MS = 150;

/**
 * Keeps the URL and the view in step: the view is read from the URL once at start, and
 * every later change of filters, selection, camera, language or panel replaces the URL
 * (no history entry per keystroke). The URL follows once the view has been still for
 * URL_DELAY_MS, so typing a word costs one replaceState (browsers throttle a page that calls
 * it hundreds of times) and none of that work delays the map or the count; it is written at
 * once when the page is hidden or left. Returns the unsubscribe function.
 */
export function syncUrl(
  store: AtlasStore,
  location: Location,
  history: History,
  target: Pick<Window, 'addEventListener' | 'removeEventListener'> = window,
): () => void {
  store.getState().restoreView(queryToView(location.search));
  let last = location.search;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const write = () => {
    clearTimeout(timer);
    timer = undefined;
    const query = viewToQuery(store.getState());
    if (query === last) return;
    last = query;
    history.replaceState(history.state, '', `${location.pathname}${query}${location.hash}`);
  };
  const unsubscribe = store.subscribe(() => {
    clearTimeout(timer);
    timer = setTimeout(write, URL_DELAY_MS);
  });
  target.addEventListener('pagehide', write);
  return () => {
    unsubscribe();
    clearTimeout(timer);
    target.removeEventListener('pagehide', write);
  };
}
