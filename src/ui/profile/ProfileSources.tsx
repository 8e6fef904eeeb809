import { useTranslation } from 'react-i18next';
import type { PlaceProfile } from '../../explore/place_profile';
import { formatDate } from '../shared/dates';
import { LinkifiedText } from '../shared/SafeText';
import { useAtlas } from '../shared/store_context';

/** Every source the profile rests on, what it gives, and the day it was read. */
export function ProfileSources({ profile }: { profile: PlaceProfile }) {
  const { t } = useTranslation('profile');
  const language = useAtlas((state) => state.language);
  return (
    <section className="profile-section profile-long" aria-labelledby="profile-sources">
      <h2 id="profile-sources">{t('sources')}</h2>
      <p className="profile-note">{t('sourcesIntro')}</p>
      <ol className="profile-sources">
        {profile.sources.map((source) => (
          <li key={source.source}>
            <LinkifiedText text={source.source} />{' '}
            <span className="profile-note">
              ({source.uses.map((use) => t(`use.${use}`)).join(', ')};{' '}
              {source.consulted
                ? t('consulted', { date: formatDate(source.consulted, language) })
                : t('consultedUnknown')}
              )
            </span>
          </li>
        ))}
        <li>{t('boundaries')}</li>
      </ol>
    </section>
  );
}
