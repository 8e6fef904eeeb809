import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { updateRecord } from '../../edits/record_edits';
import { type Location, locationSchema } from '../../model/schemas';
import { addressChecks } from '../../validate/record_checks';
import { LOCATION_FIELDS } from '../../validate/record_fields';
import { PlaceOnMapButton } from '../map/PlaceOnMapButton';
import { useAtlas, useAtlasStore } from '../shared/store_context';
import { EditForm } from './EditForm';
import { SpecField } from './FormField';
import { fieldLabeller, reloadAfterConflict } from './form_helpers';
import { useDraft, useFollowRecord } from './use_draft';
import { useSaver } from './use_save';

/**
 * The form of a site (a location): its name and address, and where it is on the map.
 * Changing the address does not move the point; "Place on the map" lets the user click or
 * drag it there (the map records that move as its own change, with precision "exact").
 */
export function LocationForm({ location, onDone }: { location: Location; onDone(): void }) {
  const { t } = useTranslation('edit');
  const store = useAtlasStore();
  const gazetteer = useAtlas((state) => state.gazetteer);
  const [seen] = useState(location);
  const saver = useSaver();
  const checks = useMemo(() => addressChecks(gazetteer), [gazetteer]);
  const draft = useDraft({
    specs: LOCATION_FIELDS,
    seen,
    schema: locationSchema,
    creating: false,
    submitted: saver.submitted,
    extra: checks,
  });
  useFollowRecord('locations', seen.id, draft);

  const submit = () => {
    const outcome = saver.save(
      !draft.evaluation.hasErrors,
      () => updateRecord('locations', draft.seen as Location, draft.evaluation.changes),
      'editRecord',
    );
    if (outcome === 'saved' || outcome === 'nothing') onDone();
    return outcome;
  };

  return (
    <EditForm
      kind={t('kindSite')}
      title={t('editSite', { name: location.name || location.address_1 || location.city })}
      saver={saver}
      onSubmit={submit}
      onCancel={onDone}
      onReload={() => reloadAfterConflict(store, 'locations', draft, saver)}
      fieldLabel={fieldLabeller(LOCATION_FIELDS, t)}
    >
      {LOCATION_FIELDS.slice(0, -2).map((spec) => (
        <SpecField key={spec.name} draft={draft} spec={spec} />
      ))}
      <PlaceOnMap locationId={location.id} />
      {LOCATION_FIELDS.slice(-2).map((spec) => (
        <SpecField key={spec.name} draft={draft} spec={spec} />
      ))}
    </EditForm>
  );
}

/** Where the site is now, how precisely, and the map's button that starts placing it. */
function PlaceOnMap({ locationId }: { locationId: string }) {
  const { t } = useTranslation('edit');
  const locations = useAtlas((state) => state.dataset.locations);
  const current = useMemo(
    () => locations.find((location) => location.id === locationId),
    [locations, locationId],
  );
  // Placing ends with the form: the map is not left waiting for a click nobody expects.
  const store = useAtlasStore();
  useEffect(
    () => () => {
      if (store.getState().placing === locationId) store.getState().setPlacing(null);
    },
    [store, locationId],
  );
  const hasPoint = current?.latitude != null && current.longitude != null;
  return (
    <div className="edit-field edit-position">
      <p className="edit-label">{t('position')}</p>
      <p>
        {hasPoint
          ? t('positionValue', {
              latitude: current?.latitude?.toFixed(5),
              longitude: current?.longitude?.toFixed(5),
            })
          : t('noPosition')}
        {current?.location_precision && (
          <> ({t(`model:precision.${current.location_precision}`)})</>
        )}
      </p>
      <PlaceOnMapButton locationId={locationId} />
    </div>
  );
}
