import {
  CATEGORIES,
  type Category,
  CONFIDENCES,
  type Confidence,
  LEVELS,
  type Level,
  ORG_TYPES,
  type OrgType,
  RELATIONSHIP_TYPES,
  type RelationshipType,
  STATUSES,
  type Status,
} from '../model/enums';
import {
  CATEGORY_LABELS,
  type Labels,
  LEVEL_LABELS,
  ORG_TYPE_LABELS,
  RELATIONSHIP_TYPE_LABELS,
  STATUS_LABELS,
} from '../model/labels';
import type { Finding } from '../model/report';
import { foldAscii } from '../text/fold';

/**
 * Field rules shared by every format and by the edit forms: each parser turns a cell's
 * text into a value and says what it changed or could not read. None throws.
 */
export interface Parsed<T> {
  value: T;
  findings: Finding[];
}

/**
 * The same cell text recurs on many rows (a category, a date, a phone): each parser keeps
 * its recent answers, so a 100,000-row import parses each distinct value once. Findings
 * are shared between calls and must not be mutated.
 */
const CACHE_LIMIT = 10_000;

function memoized<T>(parse: (text: string, field: string) => Parsed<T>) {
  /** By field, then by text: no key string is built per call. */
  const caches = new Map<string, Map<string, Parsed<T>>>();
  return (text: string, field = ''): Parsed<T> => {
    let cache = caches.get(field);
    if (!cache) {
      cache = new Map();
      caches.set(field, cache);
    }
    let parsed = cache.get(text);
    if (!parsed) {
      if (cache.size >= CACHE_LIMIT) cache.clear();
      parsed = parse(text, field);
      cache.set(text, parsed);
    }
    return parsed;
  };
}

function ok<T>(value: T): Parsed<T> {
  return { value, findings: [] };
}

/** A lookup from folded code or label (FR, NL, EN) to code. */
function vocabulary<T extends string>(
  codes: readonly T[],
  labels: Partial<Record<T, Labels>>,
  extra: Readonly<Record<string, T>> = {},
): Map<string, T> {
  const map = new Map<string, T>();
  for (const code of codes) {
    map.set(foldAscii(code), code);
    const label = labels[code];
    if (label) for (const text of [label.fr, label.nl, label.en]) map.set(foldAscii(text), code);
  }
  for (const [text, code] of Object.entries(extra)) map.set(foldAscii(text), code);
  return map;
}

const CATEGORY_LOOKUP = vocabulary(CATEGORIES, CATEGORY_LABELS, {
  'aide sociale': 'social_aid',
  cpas: 'social_aid',
  ocmw: 'social_aid',
  logement: 'housing',
  wonen: 'housing',
  langue: 'language',
  langues: 'language',
  'cours de francais': 'language',
  fle: 'language',
  taal: 'language',
  emploi: 'employment',
  travail: 'employment',
  jobs: 'employment',
  accueil: 'reception',
  sante: 'health',
  enseignement: 'education',
  ecole: 'education',
  juridique: 'legal',
  psychosocial: 'psychosocial',
  creche: 'childcare',
});
const ORG_TYPE_LOOKUP = vocabulary(ORG_TYPES, ORG_TYPE_LABELS, {
  ocmw: 'cpas',
  commune: 'local_authority',
  gemeente: 'local_authority',
  cri: 'integration_centre',
  asbl: 'ngo',
  vzw: 'ngo',
  ong: 'ngo',
});
const STATUS_LOOKUP = vocabulary(STATUSES, STATUS_LABELS, {
  actif: 'active',
  actief: 'active',
  inactif: 'inactive',
  inactief: 'inactive',
  ferme: 'defunct',
  gesloten: 'defunct',
});
const RELATIONSHIP_LOOKUP = vocabulary(RELATIONSHIP_TYPES, RELATIONSHIP_TYPE_LABELS);
const LEVEL_LOOKUP = vocabulary(LEVELS, LEVEL_LABELS, {
  regionaal: 'regional',
  communal: 'local',
});
const CONFIDENCE_LOOKUP = vocabulary(
  CONFIDENCES,
  {},
  {
    haute: 'high',
    elevee: 'high',
    hoog: 'high',
    moyenne: 'medium',
    gemiddeld: 'medium',
    basse: 'low',
    faible: 'low',
    laag: 'low',
  },
);

function parseCategoryUncached(text: string): Parsed<Category> {
  const value = text.trim();
  if (!value) return ok('other');
  const code = CATEGORY_LOOKUP.get(foldAscii(value));
  if (code) return ok(code);
  return {
    value: 'other',
    findings: [
      {
        field: 'category',
        severity: 'warning',
        code: 'unknown_category',
        message: `Category "${value}" is not known; the service is filed under "other"`,
        values: { value },
      },
    ],
  };
}

function closed<T extends string>(
  lookup: Map<string, T>,
  text: string,
  field: string,
  what: string,
): Parsed<T | null> {
  const value = text.trim();
  if (!value) return ok(null);
  const code = lookup.get(foldAscii(value));
  if (code) return ok(code);
  return {
    value: null,
    findings: [
      {
        field,
        severity: 'warning',
        code: 'invalid_value',
        message: `${what} "${value}" is not one of: ${[...new Set(lookup.values())].join(', ')}`,
        variant: 'notOneOf',
        values: { value, allowed: [...new Set(lookup.values())].join(', ') },
      },
    ],
  };
}

/** An organisation type; unknown or empty gives "other". */
function parseOrgTypeUncached(text: string): Parsed<OrgType> {
  const parsed = closed(ORG_TYPE_LOOKUP, text, 'org_type', 'Organisation type');
  return { value: parsed.value ?? 'other', findings: parsed.findings };
}

function parseLevelUncached(text: string): Parsed<Level | ''> {
  const parsed = closed(LEVEL_LOOKUP, text, 'level', 'Level');
  return { value: parsed.value ?? '', findings: parsed.findings };
}

/** A service status; empty means active (a listed service is assumed to run). */
function parseStatusUncached(text: string): Parsed<Status> {
  const parsed = closed(STATUS_LOOKUP, text, 'status', 'Status');
  return { value: parsed.value ?? 'active', findings: parsed.findings };
}

/** A relationship type; value null (with an error) when empty or unknown. */
function parseRelationshipTypeUncached(text: string): Parsed<RelationshipType | null> {
  const parsed = closed(RELATIONSHIP_LOOKUP, text, 'type', 'Relationship type');
  if (parsed.value) return parsed;
  const value = text.trim();
  return {
    value: null,
    findings: [
      {
        field: 'type',
        severity: 'error',
        code: value ? 'invalid_value' : 'missing_required',
        message: value
          ? (parsed.findings[0]?.message ?? `Relationship type "${value}" is not known`)
          : 'The relationship type is required but empty',
        ...(value
          ? { variant: 'notOneOf', values: parsed.findings[0]?.values ?? { value, allowed: '' } }
          : { values: {} }),
      },
    ],
  };
}

function parseConfidenceUncached(text: string): Parsed<Confidence | ''> {
  const parsed = closed(CONFIDENCE_LOOKUP, text, 'confidence', 'Confidence');
  return { value: parsed.value ?? '', findings: parsed.findings };
}

/** Language names in FR, NL, EN, DE and their ISO 639-1 codes. */
const LANGUAGE_NAMES: Readonly<Record<string, string>> = {
  francais: 'fr',
  french: 'fr',
  frans: 'fr',
  franzosisch: 'fr',
  fra: 'fr',
  fre: 'fr',
  neerlandais: 'nl',
  dutch: 'nl',
  nederlands: 'nl',
  niederlandisch: 'nl',
  flamand: 'nl',
  nld: 'nl',
  dut: 'nl',
  allemand: 'de',
  german: 'de',
  duits: 'de',
  deutsch: 'de',
  deu: 'de',
  ger: 'de',
  anglais: 'en',
  english: 'en',
  engels: 'en',
  englisch: 'en',
  eng: 'en',
  ukrainien: 'uk',
  ukrainian: 'uk',
  oekraiens: 'uk',
  ukrainisch: 'uk',
  ukr: 'uk',
  russe: 'ru',
  russian: 'ru',
  russisch: 'ru',
  rus: 'ru',
  polonais: 'pl',
  polish: 'pl',
  pools: 'pl',
  polnisch: 'pl',
  arabe: 'ar',
  arabic: 'ar',
  arabisch: 'ar',
  espagnol: 'es',
  spanish: 'es',
  spaans: 'es',
  spanisch: 'es',
  italien: 'it',
  italian: 'it',
  italiaans: 'it',
  italienisch: 'it',
  portugais: 'pt',
  portuguese: 'pt',
  portugees: 'pt',
  turc: 'tr',
  turkish: 'tr',
  turks: 'tr',
  roumain: 'ro',
  romanian: 'ro',
  roemeens: 'ro',
};

const LANGUAGE_DISPLAY = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });

/** An ISO 639-1 code that names a language ("uk" yes, "zz" no). */
export function isLanguageCode(code: string): boolean {
  if (!/^[a-z]{2}$/.test(code)) return false;
  let known = languageCodes.get(code);
  if (known === undefined) {
    known = LANGUAGE_DISPLAY.of(code) !== undefined;
    languageCodes.set(code, known);
  }
  return known;
}
const languageCodes = new Map<string, boolean>();

/** A list of languages ("fr|uk", "français, ukrainien", "FR; EN") as ISO 639-1 codes. */
function parseLanguagesUncached(text: string): Parsed<string[]> {
  const codes: string[] = [];
  const findings: Finding[] = [];
  for (const part of text.split(/[|,;/]+|\s+(?:et|en|and|und)\s+/)) {
    const name = foldAscii(part);
    if (!name) continue;
    const code = isLanguageCode(name) ? name : LANGUAGE_NAMES[name];
    if (code) {
      if (!codes.includes(code)) codes.push(code);
    } else {
      findings.push({
        field: 'languages',
        severity: 'warning',
        code: 'unknown_language',
        message: `Language "${part.trim()}" is not known; give an ISO 639-1 code such as fr, nl or uk`,
        values: { value: part.trim() },
      });
    }
  }
  return { value: codes, findings };
}

const SAFE_SCHEMES = new Set(['http:', 'https:', 'mailto:', 'tel:']);

/**
 * A plain web link: http(s), a host of ASCII letters and digits with a letter-only top-level
 * domain, no port, no spaces, path and query of URL characters. Every such text is a valid
 * http or https URL (no IDNA label, IPv4 form or port to refuse it), so it is accepted
 * without building a URL object, which was most of the time and memory of an import's
 * link column, where each row has its own link.
 */
const PLAIN_WEB_LINK =
  /^https?:\/\/[a-z0-9]+(?:[.-][a-z0-9]+)*\.[a-z]{2,63}(?:[/?#][\w\-.~%!$&'()*+,;=:@/?#]*)?$/i;

/** True when `candidate` is an http, https, mailto or tel URL without white space. */
function isSafeLink(candidate: string): boolean {
  if (PLAIN_WEB_LINK.test(candidate)) return true;
  try {
    return SAFE_SCHEMES.has(new URL(candidate).protocol) && !/\s/.test(candidate);
  } catch {
    return false;
  }
}

/**
 * A link: http, https, mailto or tel only. A bare domain ("www.cpas.be") gets https://;
 * anything else (javascript:, ftp:, text) is dropped with a warning.
 */
function parseUrlUncached(text: string, field: string): Parsed<string> {
  const value = text.trim();
  if (!value) return ok('');
  const bare = /^[a-z0-9-]+(\.[a-z0-9-]+)+(:\d+)?([/?#]\S*)?$/i.test(value);
  const candidate = bare ? `https://${value}` : value;
  if (isSafeLink(candidate)) {
    return {
      value: candidate,
      findings: bare
        ? [
            {
              field,
              severity: 'info',
              code: 'invalid_url',
              message: `"${value}" has no scheme; read as ${candidate}`,
              variant: 'noScheme',
              values: { value, read: candidate },
            },
          ]
        : [],
    };
  }
  return {
    value: '',
    findings: [
      {
        field,
        severity: 'warning',
        code: 'invalid_url',
        message: `"${value}" is not an http, https, mailto or tel link; the field was emptied`,
        values: { value },
      },
    ],
  };
}

function parseEmailUncached(text: string, field: string): Parsed<string> {
  const value = text.trim().replace(/^mailto:/i, '');
  if (!value) return ok('');
  if (/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value)) return ok(value);
  return {
    value: '',
    findings: [
      {
        field,
        severity: 'warning',
        code: 'invalid_email',
        message: `"${value}" is not an e-mail address; the field was emptied`,
        values: { value },
      },
    ],
  };
}

/** One number, possibly with a label in parentheses: "+32 2 508 85 85", "081/00.00.00 (accueil)". */
function isPhoneNumber(text: string): boolean {
  const number = text.replace(/\s*\([^)]*\)\s*$/, '');
  const digits = number.replace(/\D/g, '');
  return /^[+0-9 ()./-]+$/.test(number) && digits.length >= 8 && digits.length <= 15;
}

/** A phone number (or several, separated by ";") as written (Belgian numbers come in many spellings); only digits are checked. */
function parsePhoneUncached(text: string, field: string): Parsed<string> {
  const value = text.trim().replace(/^tel:/i, '');
  if (!value) return ok('');
  if (value.split(/\s*;\s*/).every(isPhoneNumber)) return ok(value);
  return {
    value,
    findings: [
      {
        field,
        severity: 'warning',
        code: 'invalid_value',
        message: `"${value}" does not look like a phone number; it was kept as written`,
        variant: 'phone',
        values: { value },
      },
    ],
  };
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** True for a real day: 2024-02-29 yes, 2023-02-29 and 2024-02-30 no. */
function isCalendarDate(date: string): boolean {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  const day = Number(date.slice(8, 10));
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = month === 2 && !leap ? 28 : (DAYS_IN_MONTH[month - 1] ?? 0);
  return day >= 1 && day <= days;
}

/** An ISO date (YYYY-MM-DD); a Belgian DD/MM/YYYY is read too, with an info. */
function parseIsoDateUncached(text: string, field: string): Parsed<string> {
  const value = text.trim();
  if (!value) return ok('');
  if (ISO_DATE.test(value) && isCalendarDate(value)) return ok(value);
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?:[T ][0-9:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(value);
  const belgian = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(value);
  const [year, month, day] = iso
    ? [iso[1], iso[2], iso[3]]
    : belgian
      ? [belgian[3], belgian[2]?.padStart(2, '0'), belgian[1]?.padStart(2, '0')]
      : [];
  const date = `${year}-${month}-${day}`;
  const valid = year !== undefined && isCalendarDate(date);
  if (valid) {
    return {
      value: date,
      findings: iso
        ? []
        : [
            {
              field,
              severity: 'info',
              code: 'invalid_date',
              message: `Date "${value}" read as ${date} (day/month/year)`,
              variant: 'dayMonthYear',
              values: { value, date },
            },
          ],
    };
  }
  return {
    value: '',
    findings: [
      {
        field,
        severity: 'warning',
        code: 'invalid_date',
        message: `"${value}" is not a date (expected YYYY-MM-DD); the field was emptied`,
        values: { value },
      },
    ],
  };
}

/** A decimal number, with a point or a Belgian decimal comma ("1 234,5" too). */
export function parseDecimal(text: string, field: string): Parsed<number | null> {
  const value = text.trim();
  if (!value) return ok(null);
  const normalised = value.replace(/[\s\u00a0\u202f]/g, '').replace(/^(-?\d+),(\d+)$/, '$1.$2');
  const number = /^-?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/.test(normalised)
    ? Number(normalised)
    : Number.NaN;
  if (Number.isFinite(number)) return ok(number);
  return {
    value: null,
    findings: [
      {
        field,
        severity: 'error',
        code: 'invalid_value',
        message: `"${value}" is not a number`,
        variant: 'number',
        values: { value },
      },
    ],
  };
}

/**
 * A count of people or places: a whole number, 0 or more, written with spaces or dots between
 * thousands ("1 200", "1.200"); a warning and no value when it is not one.
 */
export function parseCount(text: string, field: string): Parsed<number | null> {
  const value = text.trim();
  if (!value) return ok(null);
  const digits = value
    .replace(/[\s\u00a0\u202f]/g, '')
    .replace(
      /^(\d{1,3})((\.\d{3})+)$/,
      (_, head: string, rest: string) => head + rest.replaceAll('.', ''),
    );
  if (/^\d+$/.test(digits)) return ok(Number(digits));
  return {
    value: null,
    findings: [
      {
        field,
        severity: 'warning',
        code: 'invalid_value',
        message: `"${value}" is not a whole number of places`,
        variant: 'places',
        values: { value },
      },
    ],
  };
}

/**
 * The digits of a Belgian enterprise number (KBO/BCE) as people write it: "0203.201.340",
 * "BE 0203 201 340", "BE0203201340", or the 9 digits of an older number ("203.201.340");
 * null when the text holds no 9 or 10 digits.
 */
function enterpriseDigits(text: string): string | null {
  const compact = text.replace(/^\s*(BE|BTW|TVA|VAT)\s*/i, '').replace(/[\s.\-/\u00a0]/g, '');
  if (/^\d{10}$/.test(compact)) return compact;
  if (/^\d{9}$/.test(compact)) return `0${compact}`;
  return null;
}

/** Whether ten digits are an enterprise number: 0 or 1 first, and 97 − (first eight mod 97) as the last two. */
export function passesModulo97(digits: string): boolean {
  if (!/^[01]\d{9}$/.test(digits)) return false;
  return 97 - (Number(digits.slice(0, 8)) % 97) === Number(digits.slice(8));
}

/** An enterprise number written as the Crossroads Bank for Enterprises writes it: 0203.201.340. */
export function formatEnterpriseNumber(digits: string): string {
  return `${digits.slice(0, 4)}.${digits.slice(4, 7)}.${digits.slice(7)}`;
}

/**
 * A Belgian enterprise number (KBO/BCE), written 0203.201.340; a warning and no value when
 * the text is not one or fails its modulo-97 check (a wrong number would match the wrong
 * organisation).
 */
export function parseEnterpriseNumber(text: string, field: string): Parsed<string> {
  const value = text.trim();
  if (!value) return ok('');
  const digits = enterpriseDigits(value);
  if (digits && passesModulo97(digits)) return ok(formatEnterpriseNumber(digits));
  return {
    value: '',
    findings: [
      {
        field,
        severity: 'warning',
        code: 'invalid_value',
        message: `"${value}" is not a Belgian enterprise number (10 digits passing the modulo-97 check); the field was emptied`,
        variant: 'enterpriseNumber',
        values: { value },
      },
    ],
  };
}

export function parseInteger(text: string, field: string): Parsed<number | null> {
  const value = text.trim();
  if (!value) return ok(null);
  if (/^-?\d+$/.test(value)) return ok(Number(value));
  return {
    value: null,
    findings: [
      {
        field,
        severity: 'warning',
        code: 'invalid_value',
        message: `"${value}" is not a whole number`,
        variant: 'integer',
        values: { value },
      },
    ],
  };
}

export const parseCategory = memoized(parseCategoryUncached);
export const parseOrgType = memoized(parseOrgTypeUncached);
export const parseLevel = memoized(parseLevelUncached);
export const parseStatus = memoized(parseStatusUncached);
export const parseRelationshipType = memoized(parseRelationshipTypeUncached);
export const parseConfidence = memoized(parseConfidenceUncached);
const parseOtherUrl = memoized(parseUrlUncached);
/** A link; a plainly valid one is answered directly, its own check costing less than a cache. */
export function parseUrl(text: string, field = ''): Parsed<string> {
  return PLAIN_WEB_LINK.test(text) ? { value: text, findings: [] } : parseOtherUrl(text, field);
}
export const parseEmail = parseEmailUncached;
export const parsePhone = memoized(parsePhoneUncached);
export const parseIsoDate = memoized(parseIsoDateUncached);
const parseLanguagesCached = memoized(parseLanguagesUncached);
/** The languages of a cell; a fresh array each time, since records own their lists. */
export function parseLanguages(text: string): Parsed<string[]> {
  const parsed = parseLanguagesCached(text);
  return { value: [...parsed.value], findings: parsed.findings };
}
