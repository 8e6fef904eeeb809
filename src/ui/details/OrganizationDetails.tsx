import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { AtlasIndex } from '../../explore/atlas_index';
import type { Organization, Relationship } from '../../model/schemas';
import { EditButton } from '../edit/EditButton';
import { OrganizationForm } from '../edit/OrganizationForm';
import { RelationshipForm } from '../edit/RelationshipForm';
import { ServiceForm } from '../edit/ServiceForm';
import { useEditing } from '../edit/use_editing';
import { RecordHistory } from '../history/RecordHistory';
import { EmailLinks, PhoneLinks, WebLink } from '../shared/SafeText';
import { useAtlas } from '../shared/store_context';
import {
  DetailHeading,
  type DetailProps,
  Field,
  Provenance,
  RecordActions,
  SelectButton,
  SiteButtons,
} from './parts';

/** The form an organisation's panel shows instead of its content. */
type OrganizationEditing =
  | 'organization'
  | 'newService'
  | 'newRelationship'
  | `relationship:${string}`;

/**
 * An organisation: what it is, its services and their sites, and its relationships; with
 * buttons that edit or delete it, add a service, and add, edit or delete a relationship.
 */
export function OrganizationDetails({
  organization,
  index,
  headingRef,
}: { organization: Organization; index: AtlasIndex } & DetailProps) {
  const { t } = useTranslation('details');
  const select = useAtlas((state) => state.select);
  const articleRef = useRef<HTMLElement>(null);
  const editing = useEditing<OrganizationEditing>(articleRef);
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
  const nameOf = (id: string) => index.organizationById.get(id)?.name ?? id;
  const relationText = (relationship: Relationship) =>
    [
      nameOf(relationship.source_organization_id),
      t(`model:relationship.${relationship.type}`),
      nameOf(relationship.target_organization_id),
    ].join(' ');
  const relation = (relationship: Relationship) => (
    <li key={relationship.id}>
      {orgRef(relationship.source_organization_id)}{' '}
      <em>{t(`model:relationship.${relationship.type}`)}</em>{' '}
      {orgRef(relationship.target_organization_id)}
      {relationship.description && (
        <span className="detail-muted detail-note">{relationship.description}</span>
      )}
      <RecordActions
        small
        table="relationships"
        id={relationship.id}
        name={relationText(relationship)}
        opener={`relationship:${relationship.id}`}
        editLabel={t('edit:editButton')}
        deleteLabel={t('edit:deleteButton')}
        names={{
          edit: t('edit:editRelationshipName', { relationship: relationText(relationship) }),
          delete: t('edit:deleteRelationshipName', { relationship: relationText(relationship) }),
        }}
        onEdit={() => editing.open(`relationship:${relationship.id}`)}
        onDeleted={() => articleRef.current?.querySelector<HTMLElement>('h2')?.focus()}
      />
    </li>
  );

  const form = editing.editing;
  if (form === 'organization') {
    return <OrganizationForm organization={organization} onDone={editing.close} />;
  }
  if (form === 'newService') {
    return (
      <ServiceForm
        organizationId={organization.id}
        onDone={(created) => {
          editing.close();
          if (created) select(created);
        }}
      />
    );
  }
  if (form === 'newRelationship') {
    return <RelationshipForm organizationId={organization.id} onDone={editing.close} />;
  }
  if (form?.startsWith('relationship:')) {
    const edited = relationships.find((candidate) => `relationship:${candidate.id}` === form);
    if (edited) {
      return (
        <RelationshipForm
          relationship={edited}
          organizationId={organization.id}
          onDone={editing.close}
        />
      );
    }
  }

  return (
    <article className="detail-organization" ref={articleRef}>
      <DetailHeading
        kind={t('kindOrganization')}
        title={organization.name}
        headingRef={headingRef}
      />
      <RecordActions
        table="organizations"
        id={organization.id}
        name={organization.name}
        opener="organization"
        editLabel={t('edit:editOrganizationButton')}
        deleteLabel={t('edit:deleteOrganizationButton')}
        onEdit={() => editing.open('organization')}
        onDeleted={() => select(null)}
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
        <Field term={t('enterpriseNumber')}>{organization.enterprise_number}</Field>
        <Field term={t('parent')}>
          {parent && (
            <SelectButton onClick={() => select({ kind: 'organization', id: parent.id })}>
              {parent.name}
            </SelectButton>
          )}
        </Field>
        <Field term={t('contactPerson')}>{organization.contact_person}</Field>
        <Field term={t('notes')}>{organization.notes}</Field>
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
      <div className="detail-actions">
        <EditButton opener="newService" onClick={() => editing.open('newService')}>
          {t('edit:addService')}
        </EditButton>
      </div>

      <h3>{t('relations')}</h3>
      {relationships.length > 0 ? (
        <ul className="detail-list">{relationships.map(relation)}</ul>
      ) : (
        <p className="detail-empty">{t('edit:noRelationships')}</p>
      )}
      <div className="detail-actions">
        <EditButton opener="newRelationship" onClick={() => editing.open('newRelationship')}>
          {t('edit:addRelationship')}
        </EditButton>
      </div>

      <h3>{t('provenance')}</h3>
      <Provenance record={organization} />
      <RecordHistory table="organizations" id={organization.id} />
    </article>
  );
}
