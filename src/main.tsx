import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { App } from './app/App';
import { runGapAnalysis } from './app/gap_runner';
import { persister, store } from './app/instances';
import { loadCuratedData } from './app/load_data';
import { prepareFiltersWhenIdle } from './app/prepare_filters';
import { prepareNetworkWhenIdle } from './app/prepare_network';
import { syncUrl } from './app/url_sync';
import { createI18n } from './i18n';
import { AtlasStoreProvider } from './ui/shared/store_context';
import './app/app.css';

/** The persister starts once the curated dataset (its base) is loaded. */
let persisterStarted = false;
syncUrl(store, window.location, window.history);
prepareFiltersWhenIdle(store);
prepareNetworkWhenIdle(store);
runGapAnalysis(store);
const i18n = createI18n(store.getState().language);

/** The interface language follows the store; <html lang> follows it too. */
function applyLanguage(language: string): void {
  void i18n.changeLanguage(language);
  document.documentElement.lang = language;
}
applyLanguage(store.getState().language);
store.subscribe((state, previous) => {
  if (state.language !== previous.language) applyLanguage(state.language);
});

export function loadData(): void {
  store.getState().loadProgress(0);
  loadCuratedData((fraction) => store.getState().loadProgress(fraction)).then(
    ({ dataset, version, gazetteer, geography }) => {
      store.getState().datasetLoaded(dataset, gazetteer, geography, version);
      if (!persisterStarted) {
        persisterStarted = true;
        void persister.start();
      }
    },
    (error: unknown) =>
      store.getState().loadFailed(error instanceof Error ? error.message : String(error)),
  );
}
loadData();

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <I18nextProvider i18n={i18n}>
      <AtlasStoreProvider store={store}>
        <App onRetry={loadData} />
      </AtlasStoreProvider>
    </I18nextProvider>
  </StrictMode>,
);
