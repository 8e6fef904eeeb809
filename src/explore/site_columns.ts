import type { Translate } from '../i18n';
import type { Language } from '../model/languages';
import { communeName } from '../places/place_names';
import { replacedRows, type SiteRow } from './sites';

export const COLUMNS = [
  'service',
  'organization',
  'category',
  'commune',
  'precision',
  'languages',
] as const;
export type Column = (typeof COLUMNS)[number];

export interface Sort {
  column: Column;
  descending: boolean;
}

/** What a cell shows, in the interface language (also the key the column sorts by). */
export function cellText(site: SiteRow, column: Column, t: Translate, language: Language): string {
  switch (column) {
    case 'service':
      return site.service.name;
    case 'organization':
      return site.organization?.name ?? '';
    case 'category':
      return t(`model:category.${site.service.category}`);
    case 'commune':
      return site.commune ? communeName(site.commune, language) : (site.location?.city ?? '');
    case 'precision': {
      if (!site.location) return t('table:unplaced');
      const precision = site.location.location_precision;
      return precision ? t(`model:precision.${precision}`) : t('table:noPosition');
    }
    case 'languages':
      return site.service.languages
        .map((code) => t(`model:languageName.${code}`, { defaultValue: code.toUpperCase() }))
        .join(', ');
  }
}

/**
 * The rows in the chosen order (a stable sort: equal keys keep the dataset order), or as they
 * are when no column is chosen. Keys are computed once per row, so 100,000 rows sort quickly.
 */
export function sortRows(
  rows: readonly SiteRow[],
  sort: Sort | null,
  key: (site: SiteRow) => string,
  compare: (a: string, b: string) => number,
): readonly SiteRow[] {
  if (!sort) return rows;
  const keys = rows.map(key);
  const order = rows.map((_, index) => index);
  const direction = sort.descending ? -1 : 1;
  order.sort((a, b) => {
    const keyA = keys[a] ?? '';
    const keyB = keys[b] ?? '';
    // Empty values go last whatever the direction.
    if (keyA === '' || keyB === '') return (keyA === '' ? 1 : 0) - (keyB === '' ? 1 : 0) || a - b;
    return direction * compare(keyA, keyB) || a - b;
  });
  return order.map((index) => rows[index] as SiteRow);
}

/**
 * The rows the table draws now, of the visible sites as the store has them (`visible`) and
 * as the deferred render will have them (`deferred`). An edit of rows the table lists (the
 * same sites, some changed) is drawn at once, so the edit shows without waiting; anything
 * else (another filter, the same sites in a new list, any change while the rows are sorted,
 * which would sort them all again) waits for the deferred render, which typing interrupts.
 */
export function rowsToDraw(
  visible: readonly SiteRow[],
  deferred: readonly SiteRow[],
  sorted: boolean,
): readonly SiteRow[] {
  if (visible === deferred || sorted) return deferred;
  const replaced = replacedRows(deferred, visible);
  return replaced !== null && replaced.length > 0 ? visible : deferred;
}
