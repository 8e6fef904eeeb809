import { type KeyboardEvent, lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import type { Panel } from '../store/view';
import { DetailPanel } from '../ui/details/DetailPanel';
import { ExportButton } from '../ui/export/ExportButton';
import { FilterPanel } from '../ui/filters/FilterPanel';
import { ConflictsPanel } from '../ui/history/ConflictsPanel';
import { EditToolbar } from '../ui/history/EditToolbar';
import { ImportButton } from '../ui/import/ImportButton';
import { useAtlas } from '../ui/shared/store_context';
import { SiteTable } from '../ui/table/SiteTable';
import { LanguageSwitcher } from './LanguageSwitcher';
import { LoadStatus } from './LoadStatus';
import { SiteCount } from './SiteCount';

/** MapLibre is the biggest library: it loads after the first paint. */
const MapView = lazy(() => import('../ui/map/MapView'));
/** The network (d3, graphology) loads when its tab is first opened. */
const GraphView = lazy(() => import('../ui/network/GraphView'));

const PANELS: readonly Panel[] = ['table', 'network'];

/** The tabs that switch the lower panel between the site table and the network. */
function PanelTabs() {
  const { t } = useTranslation('app');
  const panel = useAtlas((state) => state.panel);
  const setPanel = useAtlas((state) => state.setPanel);
  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>) => {
    if (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight') return;
    event.preventDefault();
    const index = PANELS.indexOf(panel);
    const next =
      PANELS[(index + (event.key === 'ArrowRight' ? 1 : PANELS.length - 1)) % PANELS.length];
    if (!next) return;
    setPanel(next);
    document.getElementById(`panel-tab-${next}`)?.focus();
  };
  return (
    <div className="panel-tabs" role="tablist" aria-label={t('panelTable')}>
      {PANELS.map((name) => (
        <button
          key={name}
          id={`panel-tab-${name}`}
          type="button"
          role="tab"
          aria-selected={panel === name}
          aria-controls="panel-content"
          tabIndex={panel === name ? 0 : -1}
          onClick={() => setPanel(name)}
          onKeyDown={onKeyDown}
        >
          {name === 'table' ? t('panelTable') : t('panelNetwork')}
        </button>
      ))}
    </div>
  );
}

/** The explorer: filters on the left, the map with its count, the table and the details. */
export function App({ onRetry }: { onRetry: () => void }) {
  const { t } = useTranslation('app');
  const status = useAtlas((state) => state.load.status);
  const hasSelection = useAtlas((state) => state.selection !== null);
  const panel = useAtlas((state) => state.panel);
  return (
    <div className="atlas">
      <a className="skip-link" href="#site-table">
        {t('skipToTable')}
      </a>
      <header className="atlas-header">
        <div>
          <h1 title={t('title')}>{t('title')}</h1>
          <p className="subtitle" title={t('subtitle')}>
            {t('subtitle')}
          </p>
        </div>
        <div className="atlas-actions">
          {status === 'ready' && <EditToolbar />}
          <ExportButton />
          <ImportButton />
          <LanguageSwitcher />
        </div>
      </header>
      <LoadStatus onRetry={onRetry} />
      <ConflictsPanel />
      {status === 'ready' && (
        <div className="atlas-body">
          <div className="atlas-filters">
            <FilterPanel />
          </div>
          <main className={panel === 'network' ? 'atlas-main network-open' : 'atlas-main'}>
            <section className="atlas-map" aria-label={t('mapRegion')}>
              <SiteCount />
              <Suspense fallback={<p className="map-loading">{t('loading')}</p>}>
                <MapView />
              </Suspense>
            </section>
            <section
              className="atlas-table"
              id="site-table"
              aria-label={panel === 'network' ? t('panelNetwork') : t('panelTable')}
            >
              <PanelTabs />
              <div
                id="panel-content"
                role="tabpanel"
                aria-labelledby={`panel-tab-${panel}`}
                className="panel-content"
              >
                {panel === 'network' ? (
                  <Suspense fallback={<p className="map-loading">{t('loading')}</p>}>
                    <GraphView />
                  </Suspense>
                ) : (
                  <SiteTable />
                )}
              </div>
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
