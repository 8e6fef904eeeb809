import { useTranslation } from 'react-i18next';
import type { PlaceProfile } from '../../explore/place_profile';
import { formatNumber } from '../../i18n';
import { collator } from '../../places/place_names';
import { useAtlas } from '../shared/store_context';
import { CategorySymbol } from './ProfileMap';

/** How many services a category's row names before it says how many more there are. */
const NAMED_AT_MOST = 8;

/**
 * The place's service sites by category: the category with its map symbol, how many sites,
 * and the services with their organisations (the first few for a large category).
 */
export function ProfileServices({ profile }: { profile: PlaceProfile }) {
  const { t } = useTranslation('profile');
  const language = useAtlas((state) => state.language);
  const compare = collator(language).compare;
  return (
    <section className="profile-section" aria-labelledby="profile-services">
      <h2 id="profile-services">{t('byCategory')}</h2>
      {profile.byCategory.length === 0 ? (
        <p>{t('noServices')}</p>
      ) : (
        <table className="profile-table">
          <thead>
            <tr>
              <th scope="col">{t('category')}</th>
              <th scope="col" className="profile-number">
                {t('siteCount')}
              </th>
              <th scope="col">{t('servicesListed')}</th>
            </tr>
          </thead>
          <tbody>
            {profile.byCategory.map(({ category, sites }) => {
              const names = [
                ...new Set(
                  sites.map((site) =>
                    site.organization && !site.service.name.includes(site.organization.name)
                      ? `${site.service.name} (${site.organization.name})`
                      : site.service.name,
                  ),
                ),
              ].sort(compare);
              const shown = names.slice(0, NAMED_AT_MOST);
              return (
                <tr key={category}>
                  <th scope="row">
                    <CategorySymbol category={category} /> {t(`model:category.${category}`)}
                  </th>
                  <td className="profile-number">{formatNumber(sites.length, language)}</td>
                  <td>
                    <ul className="profile-names">
                      {shown.map((name) => (
                        <li key={name}>{name}</li>
                      ))}
                      {names.length > shown.length && (
                        <li>{t('andMore', { count: names.length - shown.length })}</li>
                      )}
                    </ul>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </section>
  );
}
