import type { Language } from '../../model/languages';

/**
 * An ISO date as the interface language writes it: a day (YYYY-MM-DD) in full ("7 décembre
 * 2026", "7. Dezember 2026"), a month (YYYY-MM) by its name and year ("März 2022"), a year as
 * it is; any other text is left as it is.
 */
export function formatDate(value: string, language: Language): string {
  const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (day) {
    const date = new Date(Date.UTC(Number(day[1]), Number(day[2]) - 1, Number(day[3])));
    return new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
  }
  const month = /^(\d{4})-(\d{2})$/.exec(value);
  if (month) {
    const date = new Date(Date.UTC(Number(month[1]), Number(month[2]) - 1, 1));
    return new Intl.DateTimeFormat(language, {
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    }).format(date);
  }
  return value;
}
