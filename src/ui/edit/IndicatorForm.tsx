import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { updateRecord } from '../../edits/record_edits';
import { type Indicator, indicatorSchema } from '../../model/schemas';
import { INDICATOR_FIELDS } from '../../validate/record_fields';
import { useAtlasStore } from '../shared/store_context';
import { EditForm } from './EditForm';
import { SpecField } from './FormField';
import { fieldLabeller, reloadAfterConflict } from './form_helpers';
import { useDraft, useFollowRecord } from './use_draft';
import { useSaver } from './use_save';

/**
 * The form of one figure of a series: its value, unit, reference date and source. Saved
 * through the store's one write path, as one undoable change; a new reference date brings
 * its year along (the record's `year` is the date's).
 */
export function IndicatorForm({
  indicator,
  title,
  onDone,
}: {
  indicator: Indicator;
  title: string;
  onDone(saved: boolean): void;
}) {
  const { t } = useTranslation('edit');
  const store = useAtlasStore();
  const [seen] = useState(indicator);
  const saver = useSaver();
  const draft = useDraft({
    specs: INDICATOR_FIELDS,
    seen,
    schema: indicatorSchema,
    creating: false,
    submitted: saver.submitted,
  });
  useFollowRecord('indicators', seen.id, draft);

  const submit = () => {
    const outcome = saver.save(
      !draft.evaluation.hasErrors,
      () => {
        const changes = { ...draft.evaluation.changes };
        if (typeof changes.reference_date === 'string') {
          const year = Number(changes.reference_date.slice(0, 4));
          changes.year = Number.isInteger(year) && year > 0 ? year : null;
        }
        return updateRecord('indicators', draft.seen as Indicator, changes);
      },
      'editRecord',
    );
    if (outcome === 'saved' || outcome === 'nothing') onDone(outcome === 'saved');
    return outcome;
  };

  return (
    <EditForm
      kind={t('kindIndicator')}
      title={title}
      saver={saver}
      onSubmit={submit}
      onCancel={() => onDone(false)}
      onReload={() => reloadAfterConflict(store, 'indicators', draft, saver)}
      fieldLabel={fieldLabeller(INDICATOR_FIELDS, t)}
    >
      {INDICATOR_FIELDS.map((spec) => (
        <SpecField key={spec.name} draft={draft} spec={spec} />
      ))}
    </EditForm>
  );
}
