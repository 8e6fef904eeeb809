import { useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { atlasIndex } from '../../explore/atlas_index';
import { type PlaceProfile, placeProfile } from '../../explore/place_profile';
import { formatNumber } from '../../i18n';
import {
  areaName,
  arrondissementName,
  collator,
  communeName,
  provinceName,
} from '../../places/place_names';
import { formatDate } from '../shared/dates';
import { useAtlas } from '../shared/store_context';
import { ProfileContacts } from './ProfileContacts';
import { FigureTable } from './ProfileFigures';
import { ProfileMap } from './ProfileMap';
import { ProfileServices } from './ProfileServices';
import { ProfileSources } from './ProfileSources';
import './profile.css';

/**
 * The profile of a commune or a province for a meeting, in place of the explorer: one A4
 * document (print stylesheet: nothing split across pages, black and white), printed or
 * saved as PDF through the browser's print. The link keeps it (`profile=<code>`).
 */
export function ProfileView({ code }: { code: string }) {
  const { t } = useTranslation('profile');
  const dataset = useAtlas((state) => state.dataset);
  const sites = useAtlas((state) => state.sites);
  const gazetteer = useAtlas((state) => state.gazetteer);
  const language = useAtlas((state) => state.language);
  const openProfile = useAtlas((state) => state.openProfile);
  const profile = useMemo(
    () => (gazetteer ? placeProfile(code, dataset, atlasIndex(dataset, sites), gazetteer) : null),
    [code, dataset, sites, gazetteer],
  );
  const name = profile ? areaName(profile.area, language) : '';
  const kind = profile?.level === 'province' ? t('kindProvince') : t('kindCommune');
  const headingRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    headingRef.current?.focus();
  }, []);
  // The title names the place: it is what a PDF saved from the print dialog is called.
  useEffect(() => {
    if (!name) return;
    const before = document.title;
    document.title = `${kind} ${name} — ${t('app:title')}`;
    return () => {
      document.title = before;
    };
  }, [kind, name, t]);

  return (
    <div className="profile-page">
      <nav className="profile-toolbar" aria-label={t('region')}>
        <button type="button" onClick={() => openProfile(null)}>
          ← {t('back')}
        </button>
        {profile && (
          <>
            <button type="button" className="primary" onClick={() => window.print()}>
              {t('print')}
            </button>
            <span className="profile-hint">{t('printHint')}</span>
          </>
        )}
      </nav>
      {profile ? (
        <ProfileDocument profile={profile} name={name} kind={kind} headingRef={headingRef} />
      ) : (
        <p className="profile-missing" ref={headingRef} tabIndex={-1}>
          {t('notFound', { code })}
        </p>
      )}
    </div>
  );
}

function ProfileDocument({
  profile,
  name,
  kind,
  headingRef,
}: {
  profile: PlaceProfile;
  name: string;
  kind: string;
  headingRef: React.Ref<HTMLHeadingElement>;
}) {
  const { t } = useTranslation('profile');
  const language = useAtlas((state) => state.language);
  const geography = useAtlas((state) => state.geography);
  const today = new Date().toISOString().slice(0, 10);
  return (
    <article className="profile" aria-labelledby="profile-title">
      <header className="profile-header">
        <p className="profile-kind">{kind}</p>
        <h1 id="profile-title" ref={headingRef} tabIndex={-1}>
          {name}
        </h1>
        <p>
          {profile.level === 'commune'
            ? t('placeLine', {
                arrondissement: arrondissementName(profile.arrondissement, language),
                province: provinceName(profile.province, language),
              })
            : t('provinceLine', { count: profile.communes.length })}
        </p>
        <p className="profile-note">{t('madeOn', { date: formatDate(today, language) })}</p>
      </header>

      <KeyFigures profile={profile} />

      <section className="profile-section" aria-labelledby="profile-map">
        <h2 id="profile-map">{t('map')}</h2>
        {geography && <ProfileMap profile={profile} geography={geography} name={name} />}
      </section>

      <ProfileContacts profile={profile} name={name} />
      <ProfileServices profile={profile} />
      <ProfileFiguresSection profile={profile} name={name} />
      {profile.level === 'province' && <CommuneTable profile={profile} />}
      <ProfileSources profile={profile} />
    </article>
  );
}

function KeyFigures({ profile }: { profile: PlaceProfile }) {
  const { t } = useTranslation('profile');
  const language = useAtlas((state) => state.language);
  const population = profile.population;
  const years = population?.years.join(', ') ?? '';
  const known = profile.communeRows.filter((row) => row.population !== null).length;
  return (
    <section className="profile-section" aria-labelledby="profile-key">
      <h2 id="profile-key">{t('keyFigures')}</h2>
      <dl className="profile-key">
        <div>
          <dt>{t('population')}</dt>
          <dd>
            {!population
              ? t('populationUnknown')
              : population.complete
                ? t('populationValue', { value: population.value, years })
                : t('populationPartial', {
                    value: population.value,
                    years,
                    known,
                    count: profile.communes.length,
                  })}
          </dd>
        </div>
        {profile.level === 'province' && (
          <div>
            <dt>{t('communes')}</dt>
            <dd>{formatNumber(profile.communes.length, language)}</dd>
          </div>
        )}
        <div>
          <dt>{t('sites')}</dt>
          <dd>{formatNumber(profile.sites.length, language)}</dd>
        </div>
        <div>
          <dt>{t('services')}</dt>
          <dd>{formatNumber(profile.serviceCount, language)}</dd>
        </div>
        <div>
          <dt>{t('cpasCount')}</dt>
          <dd>{formatNumber(profile.cpas.length, language)}</dd>
        </div>
      </dl>
    </section>
  );
}

function ProfileFiguresSection({ profile, name }: { profile: PlaceProfile; name: string }) {
  const { t } = useTranslation('profile');
  const language = useAtlas((state) => state.language);
  const gazetteer = useAtlas((state) => state.gazetteer);
  const groups = new Map<string, typeof profile.context>();
  for (const figure of profile.context) {
    groups.set(figure.nis_code, [...(groups.get(figure.nis_code) ?? []), figure]);
  }
  return (
    <section className="profile-section" aria-labelledby="profile-figures">
      <h2 id="profile-figures">{t('figures')}</h2>
      {profile.figures.length > 0 ? (
        <FigureTable figures={profile.figures} caption={name} />
      ) : (
        <p>{t('figuresNone', { name })}</p>
      )}
      {[...groups.entries()].map(([code, figures]) => {
        const area = gazetteer?.areaByNis(code);
        return (
          <FigureTable
            key={code}
            figures={figures}
            caption={t('contextFigures', { name: area ? areaName(area, language) : code })}
          />
        );
      })}
    </section>
  );
}

function CommuneTable({ profile }: { profile: PlaceProfile }) {
  const { t } = useTranslation('profile');
  const language = useAtlas((state) => state.language);
  const compare = collator(language).compare;
  const rows = profile.communeRows
    .map((row) => ({ ...row, name: communeName(row.commune, language) }))
    .sort((a, b) => compare(a.name, b.name));
  return (
    <section className="profile-section profile-long" aria-labelledby="profile-communes">
      <h2 id="profile-communes">{t('communeTable')}</h2>
      <table className="profile-table">
        <thead>
          <tr>
            <th scope="col">{t('communeColumn')}</th>
            <th scope="col">{t('arrondissementColumn')}</th>
            <th scope="col" className="profile-number">
              {t('populationColumn')}
            </th>
            <th scope="col" className="profile-number">
              {t('sitesColumn')}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.commune.nis_code}>
              <th scope="row">{row.name}</th>
              <td>{arrondissementName(row.commune.arrondissement, language)}</td>
              <td className="profile-number">
                {row.population === null ? '—' : formatNumber(row.population, language)}
              </td>
              <td className="profile-number">{formatNumber(row.sites, language)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
