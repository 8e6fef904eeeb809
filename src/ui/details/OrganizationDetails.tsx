import { useTranslation } from 'react-i18next';
import type { Organization, Relationship } from '../../model/schemas';
import { useAtlas } from '../../store/store_context';
import { EmailLinks, PhoneLinks, WebLink } from '../common/SafeText';
import type { AtlasIndex } from './atlas_index';
import {
  DetailHeading,
  type DetailProps,
  Field,
  Provenance,
  SelectButton,
  SiteButtons,
} from './parts';

/** An organisation: what it is, its services and their sites, and its relationships. */
export function OrganizationDetails({
  organization,
  index,
  headingRef,
}: { organization: Organization; index: AtlasIndex } & DetailProps) {
  const { t } = useTranslation('details');
  const select = useAtlas((state) => state.select);
  const services = index.servicesByOrganization.get(organization.id) ?? [];
  const bareLocations = index.bareLocationsByOrganization.get(organization.id) ?? [];
  const relationships = index.relationshipsByOrganization.get(organization.id) ?? [];
  const parent = organization.parent_organization_id
    ? index.organizationById.get(organization.parent_organization_id)
    : undefined;

  const orgRef = (id: string) => {
    const org = index.organizationById.get(id);
    if (id === organization.id) return <strong>{organization.name}</strong>;
    if (!org) return <span>{id}</span>;
    return (
      <SelectButton onClick={() => select({ kind: 'organization', id })}>{org.name}</SelectButton>
    );
  };
  const relation = (relationship: Relationship) => (
    <li key={relationship.id}>
      {orgRef(relationship.source_organization_id)}{' '}
      <em>{t(`model:relationship.${relationship.type}`)}</em>{' '}
      {orgRef(relationship.target_organization_id)}
      {relationship.description && (
        <span className="detail-muted detail-note">{relationship.description}</span>
      )}
    </li>
  );

  return (
    <article className="detail-organization">
      <DetailHeading
        kind={t('kindOrganization')}
        title={organization.name}
        headingRef={headingRef}
      />
      <p className="detail-badges">
        <span className="badge">{t(`model:orgType.${organization.org_type}`)}</span>
        {organization.level && (
          <span className="badge">{t(`model:level.${organization.level}`)}</span>
        )}
      </p>
      {organization.description && <p className="detail-description">{organization.description}</p>}
      <dl>
        <Field term={t('alternateName')}>{organization.alternate_name}</Field>
        <Field term={t('website')}>
          {organization.website && <WebLink url={organization.website} />}
        </Field>
        <Field term={t('email')}>
          {organization.email && <EmailLinks email={organization.email} />}
        </Field>
        <Field term={t('phone')}>
          {organization.phone && <PhoneLinks phone={organization.phone} />}
        </Field>
        <Field term={t('parent')}>
          {parent && (
            <SelectButton onClick={() => select({ kind: 'organization', id: parent.id })}>
              {parent.name}
            </SelectButton>
          )}
        </Field>
      </dl>

      <h3>{t('servicesAndSites')}</h3>
      {services.length === 0 && bareLocations.length === 0 ? (
        <p className="detail-empty">{t('noServices')}</p>
      ) : (
        <ul className="detail-list">
          {services.map((service) => {
            const sites = index.sitesByService.get(service.id) ?? [];
            return (
              <li key={service.id}>
                <span className="detail-service-name">{service.name}</span>{' '}
                <span className="detail-muted">({t(`model:category.${service.category}`)})</span>
                {sites.length > 0 && <SiteButtons sites={sites} className="detail-sublist" />}
              </li>
            );
          })}
          {bareLocations.map((location) => (
            <li key={location.id}>
              {[location.name, location.address_1, location.postal_code, location.city]
                .filter(Boolean)
                .join(', ')}
            </li>
          ))}
        </ul>
      )}

      {relationships.length > 0 && (
        <>
          <h3>{t('relations')}</h3>
          <ul className="detail-list">{relationships.map(relation)}</ul>
        </>
      )}

      <h3>{t('provenance')}</h3>
      <Provenance source={organization.source} lastVerified={organization.last_verified} />
    </article>
  );
}
