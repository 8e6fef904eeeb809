import { lazy, Suspense, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useAtlas } from '../ui/shared/store_context';
import { PANEL_VIEWS } from './panel_views';
import { SplitHandle } from './SplitHandle';
import { ViewBar } from './ViewBar';

/** MapLibre is the biggest library: it loads after the first paint. */
const MapView = lazy(() => import('../ui/map/MapView'));

/**
 * The working area: the map and a panel (the table, the network, …) split by a handle the
 * user drags, or either alone, with the bar of tabs, count and arrangements between them.
 * The map stays mounted while the panel is alone (hidden), so it is not rebuilt; a panel
 * the map hides is unmounted, as a tab left is.
 */
export function Workspace() {
  const { t } = useTranslation('app');
  const panel = useAtlas((state) => state.panel);
  const { arrangement, split } = useAtlas((state) => state.layout);
  const areaRef = useRef<HTMLElement>(null);
  const View = PANEL_VIEWS[panel];
  const style = { '--map-share': String(split) } as React.CSSProperties;
  return (
    <main ref={areaRef} className={`atlas-main arrangement-${arrangement}`} style={style}>
      <section
        id="map-section"
        className="atlas-map"
        aria-label={t('mapRegion')}
        hidden={arrangement === 'panel'}
      >
        <Suspense fallback={<p className="map-loading">{t('loading')}</p>}>
          <MapView />
        </Suspense>
      </section>
      {arrangement === 'split' && <SplitHandle area={areaRef} />}
      <section className="atlas-table" id="site-table" aria-label={t(`panelName.${panel}`)}>
        <ViewBar />
        <div
          id="panel-content"
          role="tabpanel"
          aria-labelledby={`panel-tab-${panel}`}
          className="panel-content"
          hidden={arrangement === 'map'}
        >
          {arrangement !== 'map' && (
            <Suspense fallback={<p className="map-loading">{t('loading')}</p>}>
              <View />
            </Suspense>
          )}
        </div>
      </section>
    </main>
  );
}
