import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { createRecord, updateRecord } from '../../edits/record_edits';
import { randomId, stableId } from '../../model/ids';
import { type Indicator, indicatorSchema } from '../../model/schemas';
import { seriesFigureChecks } from '../../validate/record_checks';
import { INDICATOR_FIELDS } from '../../validate/record_fields';
import { useAtlas, useAtlasStore } from '../shared/store_context';
import { EditForm } from './EditForm';
import { SpecField } from './FormField';
import { fieldLabeller, reloadAfterConflict } from './form_helpers';
import { useDraft, useFollowRecord } from './use_draft';
import { useSaver } from './use_save';

/** The year of a reference date (null when it has none). */
function yearOf(date: string): number | null {
  const year = Number(date.slice(0, 4));
  return Number.isInteger(year) && year > 0 ? year : null;
}

/**
 * The form of one figure of a series: its value, unit, reference date and source; a new one
 * (`creating`) for the series' place and indicator. Checked as an import checks a figure (a
 * date the series already has a figure for is refused, another unit than the series' is
 * warned of), then saved through the store's one write path, as one undoable change; a
 * reference date brings its year along (the record's `year` is the date's). A new figure
 * takes the id an import would give it (while free), so that the same figure imported later
 * updates it.
 */
export function IndicatorForm({
  indicator,
  title,
  creating = false,
  onDone,
}: {
  indicator: Indicator;
  title: string;
  creating?: boolean;
  onDone(saved: boolean): void;
}) {
  const { t } = useTranslation('edit');
  const store = useAtlasStore();
  const [seen] = useState(indicator);
  const saver = useSaver();
  const indicators = useAtlas((state) => state.dataset.indicators);
  const extra = useMemo(() => seriesFigureChecks(indicators, seen), [indicators, seen]);
  const draft = useDraft({
    specs: INDICATOR_FIELDS,
    seen,
    schema: indicatorSchema,
    creating,
    submitted: saver.submitted,
    extra,
  });
  useFollowRecord('indicators', seen.id, draft);

  const submit = () => {
    const outcome = saver.save(
      !draft.evaluation.hasErrors,
      () => {
        if (creating) {
          const record = draft.evaluation.record as unknown as Indicator;
          const date = record.reference_date;
          const id = stableId('indicator', record.nis_code, record.indicator, date);
          // That id taken (its figure moved to another date since): a new one.
          const free = !indicators.some((one) => one.id === id);
          return createRecord('indicators', {
            ...record,
            id: free ? id : randomId(),
            year: yearOf(date),
          });
        }
        const changes = { ...draft.evaluation.changes };
        if (typeof changes.reference_date === 'string')
          changes.year = yearOf(changes.reference_date);
        return updateRecord('indicators', draft.seen as Indicator, changes);
      },
      creating ? 'createRecord' : 'editRecord',
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
