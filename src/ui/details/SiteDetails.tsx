import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { AtlasIndex } from '../../explore/atlas_index';
import type { SiteRow } from '../../explore/sites';
import { areaName, communeName } from '../../places/place_names';
import { LocationForm } from '../edit/LocationForm';
import { ServiceForm } from '../edit/ServiceForm';
import { useEditing } from '../edit/use_editing';
import { RecordHistory } from '../history/RecordHistory';
import { PlaceOnMapButton } from '../map/PlaceOnMapButton';
import { EmailLinks, PhoneLinks, WebLink } from '../shared/SafeText';
import { useAtlas, useAtlasStore } from '../shared/store_context';
import {
  DetailHeading,
  type DetailProps,
  Field,
  Provenance,
  RecordActions,
  SelectButton,
  SiteButtons,
} from './parts';

/**
 * A service at one site: what it offers, who runs it, where it is, and how to reach it;
 * with buttons that edit or delete the service and its site (the form replaces the content).
 */
export function SiteDetails({
  site,
  index,
  headingRef,
}: { site: SiteRow; index: AtlasIndex } & DetailProps) {
  const { t } = useTranslation('details');
  const language = useAtlas((state) => state.language);
  const gazetteer = useAtlas((state) => state.gazetteer);
  const select = useAtlas((state) => state.select);
  const store = useAtlasStore();
  const articleRef = useRef<HTMLElement>(null);
  const editing = useEditing<'service' | 'location'>(articleRef);
  const { service, organization, location, commune } = site;
  if (editing.editing === 'service') {
    return <ServiceForm service={service} onDone={editing.close} />;
  }
  if (editing.editing === 'location' && location) {
    return <LocationForm location={location} onDone={editing.close} />;
  }
  /** After its site is deleted, the service stays selected (at another site, or none). */
  const showService = () => {
    const row = store.getState().sites.find((candidate) => candidate.service.id === service.id);
    if (row) select({ kind: 'site', id: row.id });
  };
  const languages = service.languages
    .map((code) => t(`model:languageName.${code}`, { defaultValue: code.toUpperCase() }))
    .join(', ');
  const otherSites = (index.sitesByService.get(service.id) ?? []).filter(
    (other) => other.id !== site.id,
  );
  const hasContact = service.phone || service.email || service.url;
  const areaNames = service.service_area
    .map((code) => {
      const area = gazetteer?.areaByNis(code);
      return area ? areaName(area, language) : code;
    })
    .join(', ');
  const precision = location?.location_precision || 'none';

  return (
    <article className="detail-site" ref={articleRef}>
      <DetailHeading kind={t('kindSite')} title={service.name} headingRef={headingRef} />
      <RecordActions
        table="services"
        id={service.id}
        name={service.name}
        opener="service"
        editLabel={t('edit:editServiceButton')}
        deleteLabel={t('edit:deleteServiceButton')}
        onEdit={() => editing.open('service')}
        onDeleted={() => select(null)}
      />
      <p className="detail-badges">
        <span className={`badge badge-category category-${service.category}`}>
          {t(`model:category.${service.category}`)}
        </span>
        <span className={`badge badge-status status-${service.status}`}>
          {t(`model:status.${service.status}`)}
        </span>
      </p>
      {service.description && <p className="detail-description">{service.description}</p>}
      <dl>
        <Field term={t('audience')}>{service.audience}</Field>
        <Field term={t('eligibility')}>{service.eligibility}</Field>
        <Field term={t('fees')}>{service.fees}</Field>
        <Field term={t('languages')}>{languages || t('languagesUnknown')}</Field>
        <Field term={t('serviceArea')}>{areaNames}</Field>
        <Field term={t('capacity')}>
          {service.capacity === null ? '' : t('places', { count: service.capacity })}
        </Field>
      </dl>

      <h3>{t('contacts')}</h3>
      {hasContact ? (
        <dl>
          <Field term={t('phone')}>{service.phone && <PhoneLinks phone={service.phone} />}</Field>
          <Field term={t('email')}>{service.email && <EmailLinks email={service.email} />}</Field>
          <Field term={t('website')}>{service.url && <WebLink url={service.url} />}</Field>
        </dl>
      ) : (
        <p className="detail-empty">{t('noContact')}</p>
      )}
      {(service.contact_person || service.notes) && (
        <dl>
          <Field term={t('contactPerson')}>{service.contact_person}</Field>
          <Field term={t('notes')}>{service.notes}</Field>
        </dl>
      )}

      <h3>{t('organization')}</h3>
      {organization ? (
        <p>
          <SelectButton onClick={() => select({ kind: 'organization', id: organization.id })}>
            {organization.name}
          </SelectButton>{' '}
          <span className="detail-muted">({t(`model:orgType.${organization.org_type}`)})</span>
        </p>
      ) : (
        <p className="detail-empty">{service.organization_id}</p>
      )}

      <h3>{t('site')}</h3>
      {location ? (
        <dl>
          <Field term={t('siteName')}>
            {location.name && location.name !== organization?.name ? location.name : ''}
          </Field>
          <Field term={t('address')}>
            {[location.address_1, [location.postal_code, location.city].filter(Boolean).join(' ')]
              .filter(Boolean)
              .join(', ')}
          </Field>
          <Field term={t('commune')}>
            {commune && (
              <SelectButton onClick={() => select({ kind: 'commune', id: commune.nis_code })}>
                {communeName(commune, language)}
              </SelectButton>
            )}
          </Field>
          <Field term={t('precision')}>
            <span className={`precision precision-${precision}`}>
              {location.location_precision
                ? `${t(`model:precision.${location.location_precision}`)}. `
                : ''}
              {t(`precisionHelp.${precision}`)}
            </span>
          </Field>
        </dl>
      ) : (
        <p className="detail-empty">{t('noSite')}</p>
      )}
      {location && (
        <RecordActions
          table="locations"
          id={location.id}
          name={location.name || location.address_1 || location.city}
          opener="location"
          editLabel={t('edit:editSiteButton')}
          deleteLabel={t('edit:deleteSiteButton')}
          onEdit={() => editing.open('location')}
          onDeleted={showService}
        >
          <PlaceOnMapButton locationId={location.id} />
        </RecordActions>
      )}
      {location && (
        <RecordHistory
          table="locations"
          id={location.id}
          name={location.name || location.address_1 || location.city}
        />
      )}

      {otherSites.length > 0 && (
        <>
          <h3>{t('otherSites')}</h3>
          <SiteButtons sites={otherSites} className="detail-list" />
        </>
      )}

      <h3>{t('provenance')}</h3>
      <Provenance source={service.source} lastVerified={service.last_verified} />
      <RecordHistory table="services" id={service.id} name={service.name} />
    </article>
  );
}
