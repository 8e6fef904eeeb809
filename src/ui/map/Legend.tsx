import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { CATEGORY_COLORS, LEGEND_CATEGORIES } from '../../map/palette';

/** A few category colours around a ring and along a bar, as the symbols draw them. */
const SAMPLE = LEGEND_CATEGORIES.slice(0, 4).map((category) => CATEGORY_COLORS[category]);
const RING_SAMPLE = `conic-gradient(${SAMPLE.map((color, index) => `${color} 0 ${(index + 1) * 25}%`).join(', ')})`;
const BAR_SAMPLE = `linear-gradient(to right, ${SAMPLE.map((color, index) => `${color} ${index * 25}% ${(index + 1) * 25}%`).join(', ')})`;

/**
 * What the map's symbols mean, compactly: the category colours, a cluster's ring of them,
 * the badge of the sites known only by their commune or postcode, a site at its address,
 * the selection; and the switch of the online OpenStreetMap basemap, off until turned on.
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
  /** Unfolded (the default on roomy screens) or folded to its title. */
  open: boolean;
  onOpenChange: (open: boolean) => void;
  ref?: Ref<HTMLDetailsElement>;
}) {
  const { t } = useTranslation(['map', 'model']);
  return (
    <details
      className="atlas-map-legend"
      data-map-overlay
      open={open}
      ref={ref}
      onToggle={(event) => onOpenChange(event.currentTarget.open)}
    >
      <summary>{t('map:legend')}</summary>
      <ul className="legend-list legend-columns" aria-label={t('map:categories')}>
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
      <ul className="legend-list legend-symbols" aria-label={t('map:symbols')}>
        <li>
          <span className="legend-ring" aria-hidden="true" style={{ background: RING_SAMPLE }} />
          <span>{t('map:cluster')}</span>
        </li>
        <li>
          <span className="legend-badge" aria-hidden="true">
            <span style={{ background: BAR_SAMPLE }} />
          </span>
          <span>{t('map:areaGroup')}</span>
        </li>
        <li>
          <span className="legend-dot legend-exact" aria-hidden="true" />
          <span>{t('map:exactPlacement')}</span>
          <span className="legend-dot legend-approximate" aria-hidden="true" />
          <span>{t('map:approximatePlacement')}</span>
        </li>
        <li>
          <span className="legend-dot legend-selected" aria-hidden="true" />
          <span>{t('map:selected')}</span>
          <span className="legend-commune" aria-hidden="true" />
          <span>{t('map:chosenCommune')}</span>
        </li>
      </ul>
      <button
        type="button"
        className="legend-basemap"
        aria-pressed={basemap}
        aria-describedby="atlas-basemap-note"
        title={t('map:basemapNote')}
        onClick={() => onBasemapChange(!basemap)}
      >
        {t('map:basemap')}
      </button>
      <p id="atlas-basemap-note" className="visually-hidden">
        {t('map:basemapNote')}
      </p>
    </details>
  );
}
