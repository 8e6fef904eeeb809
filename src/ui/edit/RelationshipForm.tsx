import { type ReactNode, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { createRelationship, updateRecord } from '../../edits/record_edits';
import { type Relationship, relationshipSchema } from '../../model/schemas';
import { organizationReferences } from '../../validate/record_checks';
import { blankRelationship, RELATIONSHIP_FIELDS } from '../../validate/record_fields';
import { useAtlas, useAtlasStore } from '../shared/store_context';
import { EditForm } from './EditForm';
import { SpecField } from './FormField';
import { fieldLabeller, reloadAfterConflict } from './form_helpers';
import { useDraft, useFollowRecord } from './use_draft';
import { useSaver } from './use_save';

/** How a relationship form closed: saved, saved with nothing to change, or cancelled. */
export type FormEnd = 'saved' | 'unchanged' | 'cancelled';

/**
 * The form of a relationship between two organisations, read as a sentence ("CPAS de Liège
 * — refers to — Le Forem"): changes one, or adds one from `organizationId` to an
 * organisation the user picks, by name or, in the network, by clicking it (`pickedTarget`).
 */
export function RelationshipForm({
  relationship,
  organizationId,
  pickedTarget = null,
  hint,
  onDone,
}: {
  relationship?: Relationship;
  organizationId: string;
  /**
   * An organisation picked outside the form (a node clicked): it becomes the other end of
   * the relationship, the one that is not `organizationId`. Each pick is a new object, so
   * clicking the same node again picks it again.
   */
  pickedTarget?: { id: string } | null;
  /** Said above the fields (how to pick the target in the drawing). */
  hint?: ReactNode;
  onDone(end: FormEnd): void;
}) {
  const { t } = useTranslation('edit');
  const store = useAtlasStore();
  const dataset = useAtlas((state) => state.dataset);
  const creating = relationship === undefined;
  const [seen] = useState(() => relationship ?? blankRelationship(organizationId, ''));
  const saver = useSaver();
  const checks = useMemo(
    () => organizationReferences(dataset, ['source_organization_id', 'target_organization_id']),
    [dataset],
  );
  const draft = useDraft({
    specs: RELATIONSHIP_FIELDS,
    seen,
    schema: relationshipSchema,
    creating,
    submitted: saver.submitted,
    extra: checks,
  });
  useFollowRecord('relationships', seen.id, draft);
  const { setValue, leave } = draft;
  const otherEnd =
    seen.source_organization_id === organizationId
      ? 'target_organization_id'
      : 'source_organization_id';
  useEffect(() => {
    if (!pickedTarget) return;
    setValue(otherEnd, pickedTarget.id);
    // Checked at once: a click on the organisation itself is said straight away.
    leave(otherEnd);
  }, [pickedTarget, otherEnd, setValue, leave]);

  const submit = () => {
    const outcome = saver.save(
      !draft.evaluation.hasErrors,
      () => {
        if (!creating) {
          return updateRecord(
            'relationships',
            draft.seen as Relationship,
            draft.evaluation.changes,
          );
        }
        const result = createRelationship(draft.evaluation.record as unknown as Relationship);
        return 'patch' in result ? result.patch : [];
      },
      creating ? 'createRelationship' : 'editRecord',
    );
    if (outcome === 'saved') onDone('saved');
    else if (outcome === 'nothing') onDone('unchanged');
    return outcome;
  };

  return (
    <EditForm
      kind={t('kindRelationship')}
      title={creating ? t('newRelationship') : t('editRelationship')}
      saver={saver}
      onSubmit={submit}
      onCancel={() => onDone('cancelled')}
      onReload={() => reloadAfterConflict(store, 'relationships', draft, saver)}
      fieldLabel={fieldLabeller(RELATIONSHIP_FIELDS, t)}
      submitLabel={creating ? t('create') : undefined}
    >
      {hint}
      {RELATIONSHIP_FIELDS.map((spec) => (
        <SpecField key={spec.name} draft={draft} spec={spec} />
      ))}
    </EditForm>
  );
}
