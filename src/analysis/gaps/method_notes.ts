import type { Translate } from '../../i18n';
import type { GapResult, Measure } from './gaps';
import type { FigureSource } from './input';

const sourceText = (source: FigureSource | null, t: Translate): string =>
  source
    ? t('analysis:note.population', { source: source.source, date: source.date })
    : t('analysis:verdict.unknown');

/** How one measure was computed, in the language of `t`: the note shown beside it and exported. */
export function methodNote(measure: Measure, result: GapResult, t: Translate): string {
  const { params, sources } = result;
  const people = t(
    params.population === 'protected'
      ? 'analysis:populationProtected'
      : 'analysis:populationInhabitants',
  );
  return t(`analysis:note.${measure}`, {
    population: sourceText(sources.population, t),
    protected: sourceText(sources.protected, t),
    d0: params.catchmentKm,
    people,
    per: params.population === 'protected' ? 1_000 : 10_000,
  });
}

/** Every note of an analysis: each measure's, how units above the commune are summed, and the under-served rule. */
export function methodNotes(result: GapResult, t: Translate): string[] {
  const { underServed } = result.params;
  return [
    ...(
      [
        'services',
        'sites',
        'services_per_10k',
        'services_per_1k_protected',
        'nearest_km',
        'access',
      ] as const
    ).map((measure) => `${t(`analysis:measure.${measure}`)}: ${methodNote(measure, result, t)}`),
    t('analysis:note.aggregate'),
    t('analysis:note.underServed', {
      rule: t(`analysis:rule.${underServed.rule}`, { value: underServed.value }),
    }),
  ];
}
