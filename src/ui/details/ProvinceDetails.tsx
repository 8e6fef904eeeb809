import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import type { AtlasIndex } from '../../explore/atlas_index';
import { CATEGORIES } from '../../model/enums';
import { areaName, provinceName } from '../../places/place_names';
import type { AreaInfo, CommuneInfo } from '../../places/types';
import { useAtlas } from '../shared/store_context';
import { DetailHeading, type DetailProps, Field, ProfileButton } from './parts';

const PlaceSeries = lazy(() => import('./PlaceSeries'));

/** A province: its names, its communes, its population, its service sites by category. */
export function ProvinceDetails({
  province,
  communes,
  index,
  headingRef,
}: {
  province: AreaInfo;
  communes: readonly CommuneInfo[];
  index: AtlasIndex;
} & DetailProps) {
  const { t } = useTranslation('details');
  const language = useAtlas((state) => state.language);
  const sites = communes.flatMap((commune) => index.sitesByCommune.get(commune.nis_code) ?? []);
  const populations = communes.map((commune) => index.populationByCommune.get(commune.nis_code));
  const population = populations.every(Boolean)
    ? populations.reduce((sum, figure) => sum + (figure?.value ?? 0), 0)
    : null;
  const year = populations[0]?.year;
  const counts = CATEGORIES.map((category) => ({
    category,
    count: sites.filter((site) => site.service.category === category).length,
  })).filter((group) => group.count > 0);
  return (
    <article className="detail-province">
      <DetailHeading
        kind={t('kindProvince')}
        title={areaName(province, language)}
        headingRef={headingRef}
      />
      <dl>
        <Field term={t('nameFr')}>
          <span lang="fr">{province.name_fr}</span>
        </Field>
        <Field term={t('nameNl')}>
          <span lang="nl">{provinceName(province.name_fr, 'nl')}</span>
        </Field>
        <Field term={t('nameDe')}>
          <span lang="de">{provinceName(province.name_fr, 'de')}</span>
        </Field>
        <Field term={t('communeCountLabel')}>{t('communeCount', { count: communes.length })}</Field>
        <Field term={t('population')}>
          {population === null
            ? t('unknown')
            : t(year ? 'populationValue' : 'populationValueNoYear', { value: population, year })}
        </Field>
        <Field term={t('siteCountLabel')}>{t('siteCount', { count: sites.length })}</Field>
      </dl>
      <ProfileButton code={province.nis_code} />
      <h3>{t('servicesByCategory')}</h3>
      {counts.length === 0 ? (
        <p className="detail-empty">{t('noCommuneServices')}</p>
      ) : (
        <ul className="detail-list">
          {counts.map(({ category, count }) => (
            <li key={category}>
              {t(`model:category.${category}`)}{' '}
              <span className="detail-muted">({t('siteCount', { count })})</span>
            </li>
          ))}
        </ul>
      )}
      <Suspense fallback={null}>
        <PlaceSeries nis={province.nis_code} level="province" />
      </Suspense>
    </article>
  );
}
