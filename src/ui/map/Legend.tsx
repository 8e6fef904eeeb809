import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { CATEGORY_COLORS, LEGEND_CATEGORIES, MAP_COLORS } from '../../map/palette';

/**
 * What the map's symbols mean (category colours, exact versus approximate positions,
 * clusters, the selection ring) and the switch of the online OpenStreetMap basemap, which
 * is off until the user turns it on.
 */
export function Legend({
  basemap,
  onBasemapChange,
  open,
  onOpenChange,
  ref,
}: {
  basemap: boolean;
  onBasemapChange: (on: boolean) => void;
  /** Unfolded (the default on wide screens) or folded to its title. */
  open: boolean;
  onOpenChange: (open: boolean) => void;
  ref?: Ref<HTMLDetailsElement>;
}) {
  const { t } = useTranslation(['map', 'model']);
  return (
    <details
      className="atlas-map-legend"
      open={open}
      ref={ref}
      onToggle={(event) => onOpenChange(event.currentTarget.open)}
    >
      <summary>{t('map:legend')}</summary>
      <h3>{t('map:categories')}</h3>
      <ul className="legend-list legend-columns">
        {LEGEND_CATEGORIES.map((category) => (
          <li key={category}>
            <span
              className="legend-dot"
              aria-hidden="true"
              style={{ background: CATEGORY_COLORS[category] }}
            />
            {t(`model:category.${category}`)}
          </li>
        ))}
      </ul>
      <h3>{t('map:placement')}</h3>
      <ul className="legend-list">
        <li>
          <span className="legend-dot legend-exact" aria-hidden="true" />
          {t('map:exactPlacement')}
        </li>
        <li>
          <span className="legend-dot legend-approximate" aria-hidden="true" />
          {t('map:approximatePlacement')}
        </li>
        <li>
          <span
            className="legend-dot legend-cluster"
            aria-hidden="true"
            style={{ background: MAP_COLORS.cluster }}
          />
          {t('map:cluster')}
        </li>
        <li>
          <span className="legend-dot legend-selected" aria-hidden="true" />
          {t('map:selected')}
        </li>
      </ul>
      <button
        type="button"
        className="legend-basemap"
        aria-pressed={basemap}
        aria-describedby="atlas-basemap-note"
        onClick={() => onBasemapChange(!basemap)}
      >
        {t('map:basemap')}
      </button>
      <p id="atlas-basemap-note" className="legend-note">
        {t('map:basemapNote')}
      </p>
    </details>
  );
}
