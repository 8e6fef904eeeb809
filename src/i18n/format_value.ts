import type { TFunction } from 'i18next';

/**
 * A field value as the history and the conflict list show it: text as it is, lists joined,
 * numbers as written, whole records (a creation or a deletion) by their name. Never HTML:
 * the result is rendered as text.
 */
export function formatValue(value: unknown, t: TFunction): string {
  if (value === null || value === undefined || value === '') return t('history:empty');
  if (Array.isArray(value)) return value.length === 0 ? t('history:empty') : value.join(', ');
  if (typeof value === 'object') {
    const name = (value as { name?: unknown }).name;
    return typeof name === 'string' && name !== '' ? name : t('history:empty');
  }
  return String(value);
}
