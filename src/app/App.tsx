import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { useAtlas } from '../store/store_context';
import { DetailPanel } from '../ui/details/DetailPanel';
import { FilterPanel } from '../ui/filters/FilterPanel';
import { SiteTable } from '../ui/table/SiteTable';
import { LanguageSwitcher } from './LanguageSwitcher';
import { LoadStatus } from './LoadStatus';
import { SiteCount } from './SiteCount';

/** MapLibre is the biggest library: it loads after the first paint. */
const MapView = lazy(() => import('../map/MapView'));

/** The explorer: filters on the left, the map with its count, the table and the details. */
export function App({ onRetry }: { onRetry: () => void }) {
  const { t } = useTranslation('app');
  const status = useAtlas((state) => state.load.status);
  const hasSelection = useAtlas((state) => state.selection !== null);
  return (
    <div className="atlas">
      <a className="skip-link" href="#site-table">
        {t('skipToTable')}
      </a>
      <header className="atlas-header">
        <div>
          <h1>{t('title')}</h1>
          <p className="subtitle">{t('subtitle')}</p>
        </div>
        <LanguageSwitcher />
      </header>
      <LoadStatus onRetry={onRetry} />
      {status === 'ready' && (
        <div className="atlas-body">
          <div className="atlas-filters">
            <FilterPanel />
          </div>
          <main className="atlas-main">
            <section className="atlas-map" aria-label={t('mapRegion')}>
              <SiteCount />
              <Suspense fallback={<p className="map-loading">{t('loading')}</p>}>
                <MapView />
              </Suspense>
            </section>
            <section className="atlas-table" id="site-table" aria-label={t('panelTable')}>
              <SiteTable />
            </section>
          </main>
          {hasSelection && (
            <div className="atlas-details">
              <DetailPanel />
            </div>
          )}
        </div>
      )}
    </div>
  );
}
