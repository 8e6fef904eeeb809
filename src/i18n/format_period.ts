/**
 * Periods as each language writes them: "mars 2024", "maart 2024",
 * "March 2024"; a quarter "T2 2024", "K2 2024", "Q2 2024"; a day "17 mars 2024". A text
 * that is no period is given back as it is.
 */

/** The letter a quarter is written with: trimestre, kwartaal, Quartal, quarter. */
const QUARTER_LETTER: Record<string, string> = { fr: 'T', nl: 'K', de: 'Q', en: 'Q' };

const formats = new Map<string, Intl.DateTimeFormat>();

function dateFormat(language: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${language}:${JSON.stringify(options)}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(language, { ...options, timeZone: 'UTC' });
    formats.set(key, format);
  }
  return format;
}

export function formatPeriod(
  date: string,
  language: string,
  style: 'long' | 'short' = 'long',
): string {
  const quarter = /^(\d{4})-Q([1-4])$/.exec(date);
  if (quarter) return `${QUARTER_LETTER[language] ?? 'Q'}${quarter[2]} ${quarter[1]}`;
  const month = /^(\d{4})-(\d{2})$/.exec(date);
  if (month) {
    const time = Date.UTC(Number(month[1]), Number(month[2]) - 1, 1);
    return dateFormat(language, { month: style, year: 'numeric' }).format(time);
  }
  const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (day) {
    const time = Date.UTC(Number(day[1]), Number(day[2]) - 1, Number(day[3]));
    return dateFormat(language, { day: 'numeric', month: style, year: 'numeric' }).format(time);
  }
  return date;
}
