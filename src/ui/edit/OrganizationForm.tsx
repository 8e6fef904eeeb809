import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { createRecord, updateRecord } from '../../edits/record_edits';
import { type Organization, organizationSchema } from '../../model/schemas';
import type { Selection } from '../../store/view';
import { organizationReferences } from '../../validate/record_checks';
import { blankOrganization, ORGANIZATION_FIELDS } from '../../validate/record_fields';
import { useAtlas, useAtlasStore } from '../shared/store_context';
import { EditForm } from './EditForm';
import { SpecField } from './FormField';
import { fieldLabeller, reloadAfterConflict } from './form_helpers';
import { useDraft, useFollowRecord } from './use_draft';
import { useSaver } from './use_save';

/** The form of an organisation: changes one, or creates one (then selected). */
export function OrganizationForm({
  organization,
  onDone,
}: {
  organization?: Organization;
  /** Closes the form; `created` is the new organisation, to select. */
  onDone(created?: Selection): void;
}) {
  const { t } = useTranslation('edit');
  const store = useAtlasStore();
  const dataset = useAtlas((state) => state.dataset);
  const creating = organization === undefined;
  const [seen] = useState(() => organization ?? blankOrganization());
  const saver = useSaver();
  const checks = useMemo(
    () => organizationReferences(dataset, ['parent_organization_id']),
    [dataset],
  );
  const draft = useDraft({
    specs: ORGANIZATION_FIELDS,
    seen,
    schema: organizationSchema,
    creating,
    submitted: saver.submitted,
    extra: checks,
  });
  useFollowRecord('organizations', seen.id, draft);
  const exclude = useMemo(() => [seen.id], [seen.id]);

  const submit = () => {
    const record = draft.evaluation.record as unknown as Organization;
    const outcome = saver.save(
      !draft.evaluation.hasErrors,
      () =>
        creating
          ? createRecord('organizations', record)
          : updateRecord('organizations', draft.seen as Organization, draft.evaluation.changes),
      creating ? 'createRecord' : 'editRecord',
    );
    if (outcome === 'saved' || outcome === 'nothing') {
      onDone(creating && outcome === 'saved' ? { kind: 'organization', id: seen.id } : undefined);
    }
    return outcome;
  };

  return (
    <EditForm
      kind={t('kindOrganization')}
      title={creating ? t('newOrganization') : t('editOrganization', { name: organization.name })}
      saver={saver}
      onSubmit={submit}
      onCancel={() => onDone()}
      onReload={() => reloadAfterConflict(store, 'organizations', draft, saver)}
      fieldLabel={fieldLabeller(ORGANIZATION_FIELDS, t)}
      submitLabel={creating ? t('create') : undefined}
    >
      {ORGANIZATION_FIELDS.map((spec) => (
        <SpecField key={spec.name} draft={draft} spec={spec} exclude={exclude} />
      ))}
    </EditForm>
  );
}
