import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Change } from '../../edits/patch';
import { createRecord, updateRecord } from '../../edits/record_edits';
import { randomId } from '../../model/ids';
import type { Location, Service, ServiceAtLocation } from '../../model/schemas';
import { locationSchema, serviceSchema } from '../../model/schemas';
import type { Gazetteer } from '../../places/types';
import type { Selection } from '../../store/view';
import {
  addressChecks,
  allChecks,
  organizationReferences,
  placeAddress,
} from '../../validate/record_checks';
import {
  ADDRESS_FIELDS,
  blankLocation,
  blankService,
  SERVICE_FIELDS,
} from '../../validate/record_fields';
import { useAtlas, useAtlasStore } from '../shared/store_context';
import { EditForm } from './EditForm';
import { SpecField } from './FormField';
import { fieldLabeller, reloadAfterConflict } from './form_helpers';
import { type Draft, useDraft, useFollowRecord } from './use_draft';
import { useSaver } from './use_save';

/** Where a new service is offered: nowhere yet, at a site of its organisation, or a new site. */
type SiteChoice = 'none' | 'existing' | 'new';

/**
 * The form of a service: changes one (`service`), or creates one (for `organizationId`, when
 * given). A new service may come with a site: an existing site of its organisation, or a new
 * one placed at its postcode or in its commune; the location and its link are created in
 * the same transaction as the service.
 */
export function ServiceForm({
  service,
  organizationId = '',
  onDone,
}: {
  service?: Service;
  organizationId?: string;
  /** Closes the form; `created` is the site of a new service, to select. */
  onDone(created?: Selection): void;
}) {
  const { t } = useTranslation('edit');
  const store = useAtlasStore();
  const dataset = useAtlas((state) => state.dataset);
  const gazetteer = useAtlas((state) => state.gazetteer);
  const creating = service === undefined;
  const [seen] = useState(() => service ?? blankService(organizationId));
  const saver = useSaver();
  const checks = useMemo(() => organizationReferences(dataset, ['organization_id']), [dataset]);
  const draft = useDraft({
    specs: SERVICE_FIELDS,
    seen,
    schema: serviceSchema,
    creating,
    submitted: saver.submitted,
    extra: checks,
  });
  useFollowRecord('services', seen.id, draft);
  const [site, setSite] = useState<SiteChoice>('none');
  const [existingId, setExistingId] = useState('');
  const [newLocation] = useState(() => blankLocation(''));
  const placeChecks = useMemo(() => allChecks(addressChecks(gazetteer)), [gazetteer]);
  const address = useDraft({
    specs: ADDRESS_FIELDS,
    seen: newLocation,
    schema: locationSchema,
    creating: true,
    submitted: saver.submitted,
    extra: placeChecks,
  });
  const organization = String(draft.evaluation.record.organization_id ?? '');
  const siteMissing = site === 'existing' && existingId === '';

  const submit = () => {
    const valid =
      !draft.evaluation.hasErrors &&
      !(site === 'new' && address.evaluation.hasErrors) &&
      !siteMissing;
    const next: { created?: Selection } = {};
    const outcome = saver.save(
      valid,
      () => {
        if (!creating)
          return updateRecord('services', draft.seen as Service, draft.evaluation.changes);
        const created = newServicePatch(draft, address, site, existingId, gazetteer);
        next.created = created.selection;
        return created.patch;
      },
      creating ? 'createRecord' : 'editRecord',
    );
    if (outcome === 'saved' || outcome === 'nothing') onDone(next.created);
    return outcome;
  };

  return (
    <EditForm
      kind={t('kindService')}
      title={creating ? t('newService') : t('editService', { name: service.name })}
      saver={saver}
      onSubmit={submit}
      onCancel={() => onDone()}
      onReload={() => reloadAfterConflict(store, 'services', draft, saver)}
      fieldLabel={fieldLabeller(SERVICE_FIELDS, t)}
      submitLabel={creating ? t('create') : undefined}
    >
      {SERVICE_FIELDS.map((spec) => (
        <SpecField key={spec.name} draft={draft} spec={spec} />
      ))}
      {creating && (
        <SiteSection
          organizationId={organization}
          site={site}
          onSite={setSite}
          existingId={existingId}
          onExisting={setExistingId}
          address={address}
          missing={saver.submitted && siteMissing}
        />
      )}
    </EditForm>
  );
}

/** The patch that creates the service, and its site if one was chosen; what to select then. */
function newServicePatch(
  draft: Draft,
  address: Draft,
  site: SiteChoice,
  existingId: string,
  gazetteer: Gazetteer | null,
): { patch: Change[]; selection: Selection } {
  const service = draft.evaluation.record as unknown as Service;
  const provenance = {
    source: service.source,
    source_consulted: service.source_consulted,
    last_verified: service.last_verified,
  };
  const patch = createRecord('services', service);
  let locationId = site === 'existing' ? existingId : '';
  if (site === 'new') {
    const fields = address.evaluation.record as unknown as Location;
    const placement = gazetteer ? placeAddress(fields, gazetteer) : undefined;
    const location: Location = {
      ...fields,
      organization_id: service.organization_id,
      ...(placement && {
        latitude: placement.latitude,
        longitude: placement.longitude,
        location_precision: placement.location_precision,
        nis_code: placement.nis_code,
        postal_code: placement.postal_code,
        city: placement.city,
      }),
      ...provenance,
    };
    patch.push(...createRecord('locations', location));
    locationId = location.id;
  }
  if (!locationId) return { patch, selection: { kind: 'site', id: `service:${service.id}` } };
  const link: ServiceAtLocation = {
    id: randomId(),
    service_id: service.id,
    location_id: locationId,
    ...provenance,
  };
  patch.push(...createRecord('service_at_locations', link));
  return { patch, selection: { kind: 'site', id: link.id } };
}

/** Where the new service is offered: no site yet, a site of its organisation, or a new one. */
function SiteSection({
  organizationId,
  site,
  onSite,
  existingId,
  onExisting,
  address,
  missing,
}: {
  organizationId: string;
  site: SiteChoice;
  onSite(choice: SiteChoice): void;
  existingId: string;
  onExisting(id: string): void;
  address: Draft;
  missing: boolean;
}) {
  const { t } = useTranslation('edit');
  const locations = useAtlas((state) => state.dataset.locations);
  const own = useMemo(
    () =>
      locations.filter((location) => organizationId && location.organization_id === organizationId),
    [locations, organizationId],
  );
  const name = useId();
  const selectId = useId();
  const errorId = useId();
  const choices: SiteChoice[] = own.length > 0 ? ['none', 'existing', 'new'] : ['none', 'new'];
  return (
    <fieldset className="edit-fieldset">
      <legend>{t('siteSection')}</legend>
      <div className="edit-radios">
        {choices.map((choice) => (
          <label key={choice}>
            <input
              type="radio"
              name={name}
              value={choice}
              checked={site === choice}
              onChange={() => onSite(choice)}
            />{' '}
            {t(`siteChoice.${choice}`)}
          </label>
        ))}
      </div>
      {site === 'existing' && own.length > 0 && (
        <div className={missing ? 'edit-field edit-field-invalid' : 'edit-field'}>
          <label htmlFor={selectId}>{t('existingSite')}</label>
          <select
            id={selectId}
            value={existingId}
            aria-invalid={missing || undefined}
            aria-describedby={missing ? errorId : undefined}
            onChange={(event) => onExisting(event.target.value)}
          >
            <option value="">{t('chooseSite')}</option>
            {own.map((location) => (
              <option key={location.id} value={location.id}>
                {[location.name, location.address_1, location.postal_code, location.city]
                  .filter(Boolean)
                  .join(', ') || location.id}
              </option>
            ))}
          </select>
          {missing && (
            <ul id={errorId} className="edit-problems">
              <li className="edit-problem edit-error">
                <span className="edit-severity">{t('severity.error')}</span> {t('problem.required')}
              </li>
            </ul>
          )}
        </div>
      )}
      {site === 'new' && (
        <>
          <p className="edit-note">{t('newSiteNote')}</p>
          {address.specs.map((spec) => (
            <SpecField key={spec.name} draft={address} spec={spec} />
          ))}
        </>
      )}
    </fieldset>
  );
}
