import type { TFunction } from 'i18next';
import type { DuplicateReason } from '../../analysis/duplicates/find_duplicates';
import type { Language } from '../../model/languages';
import { communeName } from '../../places/place_names';
import type { Gazetteer } from '../../places/types';

/** Why a pair is suspected, in the user's language: "same name in Namur", "30 m apart…". */
export function reasonText(
  reason: DuplicateReason,
  t: TFunction,
  gazetteer: Gazetteer | null,
  language: Language,
): string {
  switch (reason.kind) {
    case 'name': {
      const commune = gazetteer?.communeByNis(reason.commune);
      return t('quality:reason.name', {
        commune: commune ? communeName(commune, language) : reason.commune,
      });
    }
    case 'nearby':
      return t('quality:reason.nearby', {
        metres: reason.metres,
        percent: Math.round(reason.similarity * 100),
      });
    default:
      return t(`quality:reason.${reason.kind}`, { value: reason.value });
  }
}

/** A field's value as the comparison shows it: lists joined, nothing for null. */
export function valueText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return value.join(', ');
  return String(value);
}

/** The fields whose codes have labels in the `model` namespace, by that namespace's group. */
const CODED_FIELDS: Readonly<Record<string, string>> = {
  org_type: 'orgType',
  level: 'level',
  category: 'category',
  status: 'status',
  location_precision: 'precision',
};

/** A field's value in the user's language: a code by its label, else as valueText writes it. */
export function fieldValueText(field: string, value: unknown, t: TFunction): string {
  const group = CODED_FIELDS[field];
  if (group && typeof value === 'string' && value !== '') {
    return t(`model:${group}.${value}`, { defaultValue: value });
  }
  return valueText(value);
}

/** An ISO day as the language writes it: "7 décembre 2026", "7 december 2026", "7 December 2026". */
export function dayText(day: string, language: Language): string {
  const date = new Date(`${day}T12:00:00Z`);
  if (Number.isNaN(date.getTime())) return day;
  return new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}
