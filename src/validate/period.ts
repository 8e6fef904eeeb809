import type { Finding } from '../model/report';
import { foldAscii } from '../text/fold';
import type { Parsed } from './fields';

/**
 * The date a figure refers to, as the tables people exchange write it, read into one ISO
 * form: a year (`2024`), a quarter (`2024-Q1`), a month (`2024-01`) or a day (`2024-01-31`).
 * Months are read in numbers (`2024-01`, `01/2024`) or by their names in French, Dutch,
 * German or English, whole or cut (`janv. 2024`, `januari 2024`, `Jan 2024`, `März 2024`).
 */
export interface Period {
  /** The ISO form: YYYY, YYYY-Qn, YYYY-MM or YYYY-MM-DD. */
  value: string;
  year: number;
}

/** Month names and their cuts, folded (accents off, lower case), by month number. */
const MONTH_NAMES: readonly (readonly string[])[] = [
  ['jan', 'janv', 'janvier', 'januari', 'januar', 'january', 'jän', 'janner'],
  ['feb', 'fev', 'fevr', 'fevrier', 'februari', 'februar', 'february'],
  ['mar', 'mars', 'maart', 'mrt', 'marz', 'mae', 'maerz', 'march'],
  ['apr', 'avr', 'avril', 'april'],
  ['mai', 'mei', 'may'],
  ['jun', 'juin', 'juni', 'june'],
  ['jul', 'juil', 'juillet', 'juli', 'july'],
  ['aou', 'aout', 'aug', 'augustus', 'august'],
  ['sep', 'sept', 'septembre', 'september'],
  ['oct', 'octobre', 'okt', 'oktober', 'october'],
  ['nov', 'novembre', 'november'],
  ['dec', 'decembre', 'dez', 'dezember', 'december'],
];

const MONTH_BY_NAME = new Map(
  MONTH_NAMES.flatMap((names, month) => names.map((name) => [foldAscii(name), month + 1] as const)),
);

const pad = (value: number) => String(value).padStart(2, '0');

function plausibleYear(year: number): boolean {
  return year >= 1900 && year <= 2100;
}

function month(year: number, value: number): Period | null {
  return plausibleYear(year) && value >= 1 && value <= 12
    ? { value: `${year}-${pad(value)}`, year }
    : null;
}

function day(year: number, monthValue: number, dayValue: number): Period | null {
  const date = new Date(Date.UTC(year, monthValue - 1, dayValue));
  const valid =
    plausibleYear(year) &&
    date.getUTCFullYear() === year &&
    date.getUTCMonth() === monthValue - 1 &&
    date.getUTCDate() === dayValue;
  return valid ? { value: `${year}-${pad(monthValue)}-${pad(dayValue)}`, year } : null;
}

/** Numeric forms: each pattern and how its groups make a period. */
const NUMERIC_FORMS: readonly [RegExp, (groups: number[]) => Period | null][] = [
  [/^(\d{4})$/, ([year = 0]) => (plausibleYear(year) ? { value: String(year), year } : null)],
  [/^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/, ([year = 0, m = 0, d = 0]) => day(year, m, d)],
  [/^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/, ([d = 0, m = 0, year = 0]) => day(year, m, d)],
  [/^(\d{4})[-/.](\d{1,2})$/, ([year = 0, m = 0]) => month(year, m)],
  [/^(\d{1,2})[-/.](\d{4})$/, ([m = 0, year = 0]) => month(year, m)],
  [/^(\d{4})\s*[-/ ]?\s*[QqTtKk]([1-4])$/, ([year = 0, q = 0]) => quarter(year, q)],
  [/^[QqTtKk]([1-4])\s*[-/ ]?\s*(\d{4})$/, ([q = 0, year = 0]) => quarter(year, q)],
];

function quarter(year: number, number: number): Period | null {
  return plausibleYear(year) ? { value: `${year}-Q${number}`, year } : null;
}

/** The period a text names, or null when it names none. */
export function periodOf(text: string): Period | null {
  const raw = text.trim();
  for (const [pattern, make] of NUMERIC_FORMS) {
    const match = pattern.exec(raw);
    if (match) return make(match.slice(1).map(Number));
  }
  const words = foldAscii(raw).split(' ');
  if (words.length !== 2) return null;
  const [first = '', second = ''] = words;
  const named = MONTH_BY_NAME.get(first) ?? MONTH_BY_NAME.get(second);
  const year = /^\d{4}$/.test(second)
    ? Number(second)
    : /^\d{4}$/.test(first)
      ? Number(first)
      : Number.NaN;
  return named && Number.isFinite(year) ? month(year, named) : null;
}

/** A period read from a cell: an error naming the field when it names none. */
export function parsePeriod(text: string, field: string): Parsed<Period | null> {
  if (text.trim() === '') return { value: null, findings: [] };
  const period = periodOf(text);
  if (period) return { value: period, findings: [] };
  const finding: Finding = {
    field,
    severity: 'error',
    code: 'invalid_date',
    message: `"${text.trim()}" is not a date, a month (2024-01, janv. 2024, 01/2024), a quarter (2024-Q1) or a year`,
    variant: 'period',
    values: { value: text.trim() },
  };
  return { value: null, findings: [finding] };
}
