import { syncUrl, URL_DELAY_MS } from '../../../src/app/url_sync';
import { createAtlasStore } from '../../../src/store/atlas_store';

function fakeBrowser(search: string) {
  const location = { pathname: '/atlas/', search, hash: '' } as Location;
  const written: string[] = [];
  const history = {
    state: null,
    replaceState: (_state: unknown, _title: string, url: string) => {
      written.push(url);
      location.search = url.slice(url.indexOf('?'));
    },
  } as unknown as History;
  const events = new EventTarget();
  return { location, history, written, events };
}

describe('the URL following the view', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('opens the view a link carries', () => {
    const browser = fakeBrowser('?lang=nl&commune=62063');
    const store = createAtlasStore();
    syncUrl(store, browser.location, browser.history, browser.events);
    expect(store.getState().language).toBe('nl');
    expect(store.getState().filters.communes).toEqual(['62063']);
  });

  it('writes the URL once the view is still, once for a burst of changes', () => {
    const browser = fakeBrowser('');
    const store = createAtlasStore();
    syncUrl(store, browser.location, browser.history, browser.events);
    for (const text of ['c', 'co', 'cou', 'cours']) store.getState().setFilters({ text });
    expect(browser.written).toEqual([]);
    vi.advanceTimersByTime(URL_DELAY_MS);
    expect(browser.written).toHaveLength(1);
    expect(browser.written[0]).toMatch(/^\/atlas\/\?.*q=cours/);
  });

  it('writes at once when the page is left, and not after it stopped following', () => {
    const browser = fakeBrowser('');
    const store = createAtlasStore();
    const stop = syncUrl(store, browser.location, browser.history, browser.events);
    store.getState().setLanguage('en');
    browser.events.dispatchEvent(new Event('pagehide'));
    expect(browser.written.at(-1)).toContain('lang=en');
    stop();
    store.getState().setLanguage('nl');
    vi.advanceTimersByTime(URL_DELAY_MS);
    browser.events.dispatchEvent(new Event('pagehide'));
    expect(browser.written).toHaveLength(1);
  });
});
