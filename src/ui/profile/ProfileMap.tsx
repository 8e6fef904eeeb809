import type { Feature } from 'geojson';
import { useTranslation } from 'react-i18next';
import type { PlaceProfile } from '../../explore/place_profile';
import type { Category } from '../../model/enums';
import type { Geography } from '../../store/view';
import {
  boundsOf,
  CATEGORY_SYMBOLS,
  featuresOf,
  fitProjection,
  geometryPath,
  meetsBounds,
  ringsOfFeatures,
  spreadPoints,
  symbolPath,
} from './profile_map';

const BOX = { width: 680, height: 430, padding: 18 };
const SYMBOL_RADIUS = 5;

/** A category's symbol, for the map and its legend. */
export function CategorySymbol({ category, size = 14 }: { category: Category; size?: number }) {
  const { shape, filled } = CATEGORY_SYMBOLS[category];
  const r = size / 2 - 1.5;
  return (
    <svg
      className="profile-symbol"
      width={size}
      height={size}
      viewBox={`0 0 ${size} ${size}`}
      aria-hidden="true"
    >
      <path
        d={symbolPath(shape, size / 2, size / 2, r)}
        fill={filled ? '#000' : '#fff'}
        stroke="#000"
        strokeWidth={1.2}
      />
    </svg>
  );
}

/**
 * The place drawn in black and white: its boundary thick, its neighbours (a commune) or its
 * communes (a province) thin, and each service site by its category's symbol. The legend
 * beside it names the symbols of the categories present, with their counts.
 */
export function ProfileMap({
  profile,
  geography,
  name,
}: {
  profile: PlaceProfile;
  geography: Geography;
  name: string;
}) {
  const { t } = useTranslation('profile');
  const code = profile.area.nis_code;
  const place =
    profile.level === 'province'
      ? featuresOf(geography.provinces, new Set([code]))
      : featuresOf(geography.communes, new Set([code]));
  const placeRings = ringsOfFeatures(place);
  const project = fitProjection(placeRings, BOX);
  if (!project || placeRings.length === 0) return null;
  const bounds = boundsOf(placeRings, 0.25);
  const inner: Feature[] =
    profile.level === 'province'
      ? featuresOf(geography.communes, new Set(profile.communes.map((c) => c.nis_code)))
      : geography.communes.features.filter(
          (feature) => feature.properties?.nis_code !== code && meetsBounds(feature, bounds),
        );
  const points = spreadPoints(
    profile.sites.flatMap((site) => {
      const { latitude, longitude } = site.location ?? {};
      if (latitude == null || longitude == null) return [];
      const [x, y] = project(longitude, latitude);
      return [{ x, y, item: site }];
    }),
    SYMBOL_RADIUS * 1.6,
  );

  return (
    <figure className="profile-map">
      <svg
        viewBox={`0 0 ${BOX.width} ${BOX.height}`}
        role="img"
        aria-label={t('mapTitle', { name })}
        className="profile-map-drawing"
      >
        <title>{t('mapTitle', { name })}</title>
        <g fill="none" stroke="#777" strokeWidth={0.7}>
          {inner.map((feature) => (
            <path
              key={String(feature.properties?.nis_code)}
              d={geometryPath(feature.geometry, project)}
              strokeDasharray={profile.level === 'commune' ? '3 2' : undefined}
            />
          ))}
        </g>
        <g fill="none" stroke="#000" strokeWidth={2.2}>
          {place.map((feature) => (
            <path key={code} d={geometryPath(feature.geometry, project)} />
          ))}
        </g>
        <g stroke="#000" strokeWidth={1.1}>
          {points.map(({ x, y, item }) => {
            const { shape, filled } = CATEGORY_SYMBOLS[item.service.category];
            return (
              <path
                key={item.id}
                d={symbolPath(shape, x, y, SYMBOL_RADIUS)}
                fill={filled ? '#000' : '#fff'}
              />
            );
          })}
        </g>
      </svg>
      <figcaption>
        <ul className="profile-legend" aria-label={t('legend')}>
          <li>
            <svg width="22" height="10" aria-hidden="true">
              <line x1="1" y1="5" x2="21" y2="5" stroke="#000" strokeWidth={2.2} />
            </svg>{' '}
            {t('legendPlace', { name })}
          </li>
          <li>
            <svg width="22" height="10" aria-hidden="true">
              <line
                x1="1"
                y1="5"
                x2="21"
                y2="5"
                stroke="#777"
                strokeWidth={0.9}
                strokeDasharray={profile.level === 'commune' ? '3 2' : undefined}
              />
            </svg>{' '}
            {t(profile.level === 'commune' ? 'legendNeighbours' : 'legendCommunes')}
          </li>
          {profile.byCategory.map(({ category, sites }) => (
            <li key={category}>
              <CategorySymbol category={category} /> {t(`model:category.${category}`)} (
              {sites.length})
            </li>
          ))}
        </ul>
        <p className="profile-note">
          {profile.sites.length > 0 ? t('mapNote') : t('mapNone')} {t('boundaries')}
        </p>
      </figcaption>
    </figure>
  );
}
