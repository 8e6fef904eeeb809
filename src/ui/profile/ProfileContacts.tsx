import { useTranslation } from 'react-i18next';
import { atlasIndex } from '../../explore/atlas_index';
import type { PlaceProfile } from '../../explore/place_profile';
import type { Location, Organization } from '../../model/schemas';
import { EmailLinks, PhoneLinks, WebLink } from '../shared/SafeText';
import { useAtlas } from '../shared/store_context';

/** Where an organisation is: the first of its service sites that has an address. */
function useAddressOf(): (org: Organization) => Location | undefined {
  const dataset = useAtlas((state) => state.dataset);
  const sites = useAtlas((state) => state.sites);
  const index = atlasIndex(dataset, sites);
  return (org) => {
    for (const service of index.servicesByOrganization.get(org.id) ?? []) {
      for (const site of index.sitesByService.get(service.id) ?? []) {
        if (site.location?.address_1) return site.location;
      }
    }
    return index.bareLocationsByOrganization.get(org.id)?.find((location) => location.address_1);
  };
}

/** An organisation's name and the contact details the data gives, as text and safe links. */
function Contact({ org, location }: { org: Organization; location: Location | undefined }) {
  const { t } = useTranslation('profile');
  const address = location
    ? [location.address_1, [location.postal_code, location.city].filter(Boolean).join(' ')]
        .filter(Boolean)
        .join(', ')
    : '';
  const has = address || org.phone || org.email || org.website;
  return (
    <div className="profile-contact">
      <p className="profile-contact-name">{org.name}</p>
      {has ? (
        <dl>
          {address && (
            <div>
              <dt>{t('address')}</dt>
              <dd>{address}</dd>
            </div>
          )}
          {org.phone && (
            <div>
              <dt>{t('phone')}</dt>
              <dd>
                <PhoneLinks phone={org.phone} />
              </dd>
            </div>
          )}
          {org.email && (
            <div>
              <dt>{t('email')}</dt>
              <dd>
                <EmailLinks email={org.email} />
              </dd>
            </div>
          )}
          {org.website && (
            <div>
              <dt>{t('website')}</dt>
              <dd>
                <WebLink url={org.website} />
              </dd>
            </div>
          )}
        </dl>
      ) : (
        <p className="profile-note">{t('noContact')}</p>
      )}
    </div>
  );
}

/**
 * The commune's CPAS (a province: how many, the communes' table lists them) and the regional
 * integration centre(s) whose territory covers the place, with what the data says of how to
 * reach them. Nothing the data does not give is written.
 */
export function ProfileContacts({ profile, name }: { profile: PlaceProfile; name: string }) {
  const { t } = useTranslation('profile');
  const addressOf = useAddressOf();
  return (
    <section className="profile-section" aria-labelledby="profile-contacts">
      <h2 id="profile-contacts">{t('contacts')}</h2>
      <div className="profile-columns">
        <div>
          <h3>{t('cpas')}</h3>
          {profile.level === 'province' ? (
            <p>{t('cpasOfProvince', { count: profile.cpas.length })}</p>
          ) : profile.cpas.length > 0 ? (
            profile.cpas.map((org) => <Contact key={org.id} org={org} location={addressOf(org)} />)
          ) : (
            <p className="profile-note">{t('noCpas')}</p>
          )}
        </div>
        <div>
          <h3>{t('integrationCentre')}</h3>
          {profile.integrationCentres.length > 0 ? (
            <>
              <p className="profile-note">{t('integrationCentreHint', { name })}</p>
              {profile.integrationCentres.map((org) => (
                <Contact key={org.id} org={org} location={addressOf(org)} />
              ))}
            </>
          ) : (
            <p className="profile-note">{t('noIntegrationCentre')}</p>
          )}
        </div>
      </div>
    </section>
  );
}
