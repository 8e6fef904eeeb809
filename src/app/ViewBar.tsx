import type { KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { type Arrangement, PANELS, type Panel } from '../store/view';
import { useAtlas } from '../ui/shared/store_context';
import { SiteCount } from './SiteCount';

/** The tabs of the views that share the working area with the map. */
function PanelTabs() {
  const { t } = useTranslation('app');
  const panel = useAtlas((state) => state.panel);
  const mapAlone = useAtlas((state) => state.layout.arrangement === 'map');
  const setPanel = useAtlas((state) => state.setPanel);
  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>) => {
    if (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight') return;
    event.preventDefault();
    const index = PANELS.indexOf(panel);
    const step = event.key === 'ArrowRight' ? 1 : PANELS.length - 1;
    const next = PANELS[(index + step) % PANELS.length];
    if (!next) return;
    setPanel(next);
    document.getElementById(`panel-tab-${next}`)?.focus();
  };
  return (
    <div className="panel-tabs" role="tablist" aria-label={t('views')}>
      {PANELS.map((name) => (
        <button
          key={name}
          id={`panel-tab-${name}`}
          type="button"
          role="tab"
          // With the map alone no panel is shown: a tab then opens its view beside the map.
          aria-selected={panel === name && !mapAlone}
          aria-controls="panel-content"
          tabIndex={panel === name ? 0 : -1}
          onClick={() => setPanel(name)}
          onKeyDown={onKeyDown}
        >
          {t(`panelName.${name}`)}
        </button>
      ))}
    </div>
  );
}

/** A small drawing of an arrangement: the map's part dark, the panel's part light. */
function ArrangementIcon({ arrangement }: { arrangement: Arrangement }) {
  const mapHeight = { split: 7, map: 14, panel: 0 }[arrangement];
  return (
    <svg viewBox="0 0 18 16" width="18" height="16" aria-hidden="true" focusable="false">
      <rect x="1" y="1" width="16" height="14" rx="1.5" fill="#fff" stroke="currentColor" />
      {mapHeight > 0 && (
        <rect x="1" y="1" width="16" height={mapHeight} rx="1.5" fill="currentColor" />
      )}
    </svg>
  );
}

/** The three arrangements of the working area: the map alone, split, the panel alone. */
function ArrangementButtons({ panel }: { panel: Panel }) {
  const { t } = useTranslation('app');
  const arrangement = useAtlas((state) => state.layout.arrangement);
  const setLayout = useAtlas((state) => state.setLayout);
  const name = t(`panelName.${panel}`);
  const labels: Record<Arrangement, string> = {
    map: t('arrangementMap'),
    split: t('arrangementSplit', { panel: name }),
    panel: t('arrangementPanel', { panel: name }),
  };
  return (
    <fieldset className="arrangement">
      <legend className="visually-hidden">{t('arrangement')}</legend>
      {(['map', 'split', 'panel'] as const satisfies readonly Arrangement[]).map((option) => (
        <button
          key={option}
          type="button"
          aria-pressed={arrangement === option}
          aria-label={labels[option]}
          title={labels[option]}
          data-arrangement={option}
          onClick={() => setLayout({ arrangement: option })}
        >
          <ArrangementIcon arrangement={option} />
        </button>
      ))}
    </fieldset>
  );
}

/** The bar between the map and the panel: the views' tabs, the count and the arrangements. */
export function ViewBar() {
  const panel = useAtlas((state) => state.panel);
  return (
    <div className="view-bar">
      <PanelTabs />
      <SiteCount />
      <ArrangementButtons panel={panel} />
    </div>
  );
}
