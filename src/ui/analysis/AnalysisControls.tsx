import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CLASS_METHODS } from '../../analysis/classes';
import { MEASURES, type UnderServedRule } from '../../analysis/gaps/gaps';
import { POPULATION_INDICATOR } from '../../analysis/gaps/input';
import { formatPeriod } from '../../i18n/format_period';
import { CATEGORIES } from '../../model/enums';
import type { AnalysisView } from '../../store/analysis';
import { selectPopulations } from '../../store/choropleth';
import { useAtlas } from '../shared/store_context';

const RULES: readonly UnderServedRule['rule'][] = [
  'distance',
  'per_10k',
  'per_1k_protected',
  'access',
];

/** A number field: a positive number typed is taken at once; what is not one waits for the next key. */
function NumberField({
  label,
  value,
  step,
  onChange,
}: {
  label: string;
  value: number;
  step: number;
  onChange(value: number): void;
}) {
  const id = useId();
  const [text, setText] = useState(String(value));
  const [shown, setShown] = useState(value);
  // A value set elsewhere (a link) shows; the text typed stays while it means that value.
  if (shown !== value) {
    setShown(value);
    if (Number(text) !== value) setText(String(value));
  }
  return (
    <div className="analysis-field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="number"
        min={0}
        step={step}
        value={text}
        onChange={(event) => {
          setText(event.target.value);
          const number = event.target.valueAsNumber;
          if (Number.isFinite(number) && number > 0) onChange(number);
        }}
      />
    </div>
  );
}

function SelectField<T extends string>({
  label,
  value,
  options,
  onChange,
}: {
  label: string;
  value: T;
  options: readonly { value: T; label: string }[];
  onChange(value: T): void;
}) {
  const id = useId();
  return (
    <div className="analysis-field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(event) => onChange(event.target.value as T)}>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/**
 * The switch that shows an indicator per 1,000 inhabitants, with the date of the population;
 * none where no place of the level shown has a known population.
 */
function PerCapitaField({
  checked,
  onChange,
}: {
  checked: boolean;
  onChange(checked: boolean): void;
}) {
  const { t } = useTranslation('analysis');
  const populations = useAtlas(selectPopulations);
  const language = useAtlas((state) => state.language);
  const noteId = useId();
  if (![...populations.values.values()].some((people) => people !== null)) return null;
  return (
    <div className="analysis-field analysis-per-capita">
      <label>
        <input
          type="checkbox"
          checked={checked}
          aria-describedby={noteId}
          onChange={(event) => onChange(event.target.checked)}
        />
        {t('perCapita')}
      </label>
      <p id={noteId} className="analysis-field-note">
        {t('perCapitaNote', { date: formatPeriod(populations.date, language) })}
      </p>
    </div>
  );
}

/**
 * The analysis' parameters: the category, the figure ranked and mapped (a measure, or an
 * indicator per commune), the catchment distance and population of the access index, the
 * figure of people under temporary protection, the under-served rule, and the classes.
 */
export function AnalysisControls({ indicators }: { indicators: readonly string[] }) {
  const { t } = useTranslation(['analysis', 'model']);
  const analysis = useAtlas((state) => state.analysis);
  const setAnalysis = useAtlas((state) => state.setAnalysis);
  const { params } = analysis;
  const others = indicators.filter((name) => name !== 'population');
  const measures: { value: AnalysisView['measure']; label: string }[] = [
    ...MEASURES.map((measure) => ({ value: measure, label: t(`analysis:measure.${measure}`) })),
    ...indicators.map((name) => ({ value: `indicator:${name}` as const, label: name })),
  ];
  return (
    <div className="analysis-controls">
      <SelectField
        label={t('analysis:category')}
        value={params.category}
        options={[
          { value: 'all' as const, label: t('analysis:allCategories') },
          ...CATEGORIES.map((category) => ({
            value: category,
            label: t(`model:category.${category}`),
          })),
        ]}
        onChange={(category) => setAnalysis({ params: { category } })}
      />
      <SelectField
        label={t('analysis:measureLabel')}
        value={analysis.measure}
        options={measures}
        onChange={(measure) => setAnalysis({ measure })}
      />
      {analysis.measure.startsWith('indicator:') &&
        analysis.measure !== `indicator:${POPULATION_INDICATOR}` && (
          <PerCapitaField
            checked={analysis.perCapita}
            onChange={(perCapita) => setAnalysis({ perCapita })}
          />
        )}
      <NumberField
        label={t('analysis:catchment')}
        value={params.catchmentKm}
        step={1}
        onChange={(catchmentKm) => setAnalysis({ params: { catchmentKm } })}
      />
      <SelectField
        label={t('analysis:populationBasis')}
        value={params.population}
        options={[
          { value: 'inhabitants' as const, label: t('analysis:inhabitants') },
          { value: 'protected' as const, label: t('analysis:protectedPeople') },
        ]}
        onChange={(population) => setAnalysis({ params: { population } })}
      />
      <SelectField
        label={t('analysis:protectedIndicator')}
        value={params.protectedIndicator}
        options={[
          { value: '', label: t('analysis:noProtectedIndicator') },
          ...others.map((name) => ({ value: name, label: name })),
        ]}
        onChange={(protectedIndicator) => setAnalysis({ params: { protectedIndicator } })}
      />
      <SelectField
        label={t('analysis:underServedRule')}
        value={params.underServed.rule}
        options={RULES.map((rule) => ({ value: rule, label: t(`analysis:ruleChoice.${rule}`) }))}
        onChange={(rule) =>
          setAnalysis({ params: { underServed: { ...params.underServed, rule } } })
        }
      />
      <NumberField
        label={t('analysis:ruleValue')}
        value={params.underServed.value}
        step={params.underServed.rule === 'distance' ? 1 : 0.1}
        onChange={(value) =>
          setAnalysis({ params: { underServed: { ...params.underServed, value } } })
        }
      />
      <SelectField
        label={t('analysis:classes')}
        value={analysis.classMethod}
        options={CLASS_METHODS.map((method) => ({
          value: method,
          label: t(`analysis:classMethod.${method}`),
        }))}
        onChange={(classMethod) => setAnalysis({ classMethod })}
      />
      <SelectField
        label={t('analysis:classCount')}
        value={String(analysis.classCount)}
        options={[3, 4, 5, 6, 7].map((count) => ({ value: String(count), label: String(count) }))}
        onChange={(count) => setAnalysis({ classCount: Number(count) })}
      />
    </div>
  );
}
