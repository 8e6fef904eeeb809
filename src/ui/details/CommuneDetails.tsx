import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import type { AtlasIndex } from '../../explore/atlas_index';
import { communeCpas } from '../../explore/place_profile';
import { CATEGORIES } from '../../model/enums';
import { arrondissementCode, provinceCode } from '../../places/areas';
import { arrondissementName, collator, communeName, provinceName } from '../../places/place_names';
import type { CommuneInfo } from '../../places/types';
import { LinkifiedText } from '../shared/SafeText';
import { useAtlas } from '../shared/store_context';
import { DetailHeading, type DetailProps, Field, ProfileButton, SelectButton } from './parts';

/** The commune's series load with the first commune shown, not with the page. */
const PlaceSeries = lazy(() => import('./PlaceSeries'));

/** A commune: its names, where it lies, its population, its CPAS and its services. */
export function CommuneDetails({
  commune,
  index,
  headingRef,
}: { commune: CommuneInfo; index: AtlasIndex } & DetailProps) {
  const { t } = useTranslation('details');
  const language = useAtlas((state) => state.language);
  const select = useAtlas((state) => state.select);
  const sites = index.sitesByCommune.get(commune.nis_code) ?? [];
  const cpas = communeCpas(commune, index);
  const population = index.populationByCommune.get(commune.nis_code);
  const compare = collator(language).compare;
  const byCategory = CATEGORIES.map((category) => ({
    category,
    sites: sites
      .filter((site) => site.service.category === category)
      .sort((a, b) => compare(a.service.name, b.service.name)),
  })).filter((group) => group.sites.length > 0);

  const populationText = population
    ? t(population.year ? 'populationValue' : 'populationValueNoYear', {
        value: population.value,
        year: population.year,
      })
    : t('unknown');

  return (
    <article className="detail-commune">
      <DetailHeading
        kind={t('kindCommune')}
        title={communeName(commune, language)}
        headingRef={headingRef}
      />
      <dl>
        <Field term={t('nameFr')}>
          <span lang="fr">{commune.name_fr}</span>
        </Field>
        {commune.name_nl && (
          <Field term={t('nameNl')}>
            <span lang="nl">{commune.name_nl}</span>
          </Field>
        )}
        {commune.name_de && (
          <Field term={t('nameDe')}>
            <span lang="de">{commune.name_de}</span>
          </Field>
        )}
        <Field term={t('arrondissement')}>
          <SelectButton
            onClick={() =>
              select({ kind: 'arrondissement', id: arrondissementCode(commune.nis_code) })
            }
          >
            {arrondissementName(commune.arrondissement, language)}
          </SelectButton>
        </Field>
        <Field term={t('province')}>
          <SelectButton
            onClick={() => select({ kind: 'province', id: provinceCode(commune.nis_code) })}
          >
            {provinceName(commune.province, language)}
          </SelectButton>
        </Field>
        <Field term={t('population')}>{populationText}</Field>
        <Field term={t('siteCountLabel')}>{t('siteCount', { count: sites.length })}</Field>
      </dl>

      <ProfileButton code={commune.nis_code} />

      <h3>{t('cpas')}</h3>
      {cpas.length > 0 ? (
        <ul className="detail-list">
          {cpas.map((org) => (
            <li key={org.id}>
              <SelectButton onClick={() => select({ kind: 'organization', id: org.id })}>
                {org.name}
              </SelectButton>
            </li>
          ))}
        </ul>
      ) : (
        <p className="detail-empty">{t('noCpas')}</p>
      )}

      <h3>{t('servicesByCategory')}</h3>
      {byCategory.length === 0 ? (
        <p className="detail-empty">{t('noCommuneServices')}</p>
      ) : (
        byCategory.map((group) => (
          <section key={group.category} className="detail-category">
            <h4>
              {t(`model:category.${group.category}`)}{' '}
              <span className="detail-muted">({group.sites.length})</span>
            </h4>
            <ul className="detail-list">
              {group.sites.map((site) => (
                <li key={site.id}>
                  <SelectButton onClick={() => select({ kind: 'site', id: site.id })}>
                    {site.service.name}
                  </SelectButton>
                  {site.organization && (
                    <span className="detail-muted"> — {site.organization.name}</span>
                  )}
                </li>
              ))}
            </ul>
          </section>
        ))
      )}

      <Suspense fallback={null}>
        <PlaceSeries nis={commune.nis_code} />
      </Suspense>

      {population?.source && (
        <>
          <h3>{t('provenance')}</h3>
          <dl className="detail-provenance">
            <Field term={t('population')}>
              <LinkifiedText text={population.source} />
            </Field>
          </dl>
        </>
      )}
    </article>
  );
}
