import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import type { AtlasIndex } from '../../explore/atlas_index';
import { CATEGORIES } from '../../model/enums';
import { provinceCode } from '../../places/areas';
import { areaName, provinceName } from '../../places/place_names';
import type { AreaInfo, CommuneInfo } from '../../places/types';
import { useAtlas } from '../shared/store_context';
import { DetailHeading, type DetailProps, Field, ProfileButton, SelectButton } from './parts';

const PlaceSeries = lazy(() => import('./PlaceSeries'));

/** The areas the detail panel shows beside the communes. */
export type DetailArea = AreaInfo & { level: 'province' | 'arrondissement' };

/**
 * A province or an arrondissement: its names, (an arrondissement's province), its
 * communes, its population, its service sites by category, its dated figures; a province's
 * printable profile.
 */
export function AreaDetails({
  area,
  communes,
  index,
  headingRef,
}: {
  area: DetailArea;
  communes: readonly CommuneInfo[];
  index: AtlasIndex;
} & DetailProps) {
  const { t } = useTranslation('details');
  const language = useAtlas((state) => state.language);
  const select = useAtlas((state) => state.select);
  const province = area.level === 'province';
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
    <article className={`detail-${area.level}`}>
      <DetailHeading
        kind={t(province ? 'kindProvince' : 'kindArrondissement')}
        title={areaName(area, language)}
        headingRef={headingRef}
      />
      <dl>
        <Field term={t('nameFr')}>
          <span lang="fr">{area.name_fr}</span>
        </Field>
        <Field term={t('nameNl')}>
          <span lang="nl">{areaName(area, 'nl')}</span>
        </Field>
        <Field term={t('nameDe')}>
          <span lang="de">{areaName(area, 'de')}</span>
        </Field>
        {!province && communes[0] && (
          <Field term={t('province')}>
            <SelectButton
              onClick={() => select({ kind: 'province', id: provinceCode(area.nis_code) })}
            >
              {provinceName(communes[0].province, language)}
            </SelectButton>
          </Field>
        )}
        <Field term={t('communeCountLabel')}>{t('communeCount', { count: communes.length })}</Field>
        <Field term={t('population')}>
          {population === null
            ? t('unknown')
            : t(year ? 'populationValue' : 'populationValueNoYear', { value: population, year })}
        </Field>
        <Field term={t('siteCountLabel')}>{t('siteCount', { count: sites.length })}</Field>
      </dl>
      {province && <ProfileButton code={area.nis_code} />}
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
        <PlaceSeries nis={area.nis_code} level={area.level} />
      </Suspense>
    </article>
  );
}
