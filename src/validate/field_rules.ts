import type { z } from 'zod';
import type { Finding } from '../model/report';
import {
  type Parsed,
  parseCount,
  parseDecimal,
  parseEmail,
  parseEnterpriseNumber,
  parseIsoDate,
  parseLanguages,
  parsePhone,
  parseUrl,
} from './fields';
import { parsePeriod } from './period';

/**
 * The rules of the edit forms: each field's text is read by the same parsers as an import
 * (src/validate/fields.ts) and the record is checked against the same zod schema. What
 * differs from an import is the verdict: an import empties a value it cannot read and keeps
 * the row (a warning), whereas a form must not silently lose what the user typed, so a value
 * the parser would drop is an error that blocks saving. A value kept as written (an unusual
 * phone number) stays a warning: saving is allowed.
 */

/**
 * How a field is entered and read:
 * - text, longText: free text (trimmed);
 * - url, email, phone, languages, date: read by the import's parser;
 * - choice: a code of a closed vocabulary, picked from a list;
 * - organization, commune: a reference picked from a searchable list (an id, a NIS code);
 * - count: a whole number of places, 0 or more (empty: not known);
 * - enterpriseNumber: a Belgian enterprise number (KBO/BCE), checked by its modulo-97 rule;
 * - areas: several communes, arrondissements or provinces picked from a searchable list, kept
 *   as their REFNIS codes (a service area);
 * - decimal: a number, with a decimal point or comma (a figure's value);
 * - period: the date a figure refers to, as an import reads it (2024, 2024-Q1, janv. 2024,
 *   01/2024, 2024-01-31), kept in its ISO form.
 */
export type FieldKind =
  | 'text'
  | 'longText'
  | 'url'
  | 'email'
  | 'phone'
  | 'languages'
  | 'date'
  | 'choice'
  | 'organization'
  | 'commune'
  | 'areas'
  | 'count'
  | 'enterpriseNumber'
  | 'decimal'
  | 'period';

export interface FieldSpec {
  /** The record's field. */
  name: string;
  kind: FieldKind;
  /** The key of its label in `edit:field` (the field name when absent). */
  label?: string;
  /** The key of a hint in `edit:hint`, shown under the label. */
  hint?: string;
  /** For a choice: the codes, and the message group that labels them ("model:category"). */
  choices?: readonly string[];
  labels?: string;
  /** For a choice: '' ("not stated") may be chosen. */
  optional?: boolean;
  /** A value is needed (checked by the form, on top of the schema). */
  required?: boolean;
}

export type ProblemSeverity = 'error' | 'warning' | 'info';

/** What is wrong with (or worth knowing about) a field's value, as a message key. */
export interface Problem {
  severity: ProblemSeverity;
  /** A key of the edit namespace, e.g. 'problem.invalidUrl'. */
  key: string;
  values?: Readonly<Record<string, string>>;
}

/** The text a form shows for a record's value (a list of languages as "fr, uk"; a number not yet given, NaN, as nothing). */
export function textOf(value: unknown): string {
  if (Array.isArray(value)) return value.join(', ');
  if (value === null || value === undefined || Number.isNaN(value)) return '';
  return String(value);
}

/** The form's text of each field of a record. */
export function draftOf(specs: readonly FieldSpec[], record: object): Record<string, string> {
  const values = record as Record<string, unknown>;
  return Object.fromEntries(specs.map((spec) => [spec.name, textOf(values[spec.name])]));
}

function fromParsed<T>(
  parsed: Parsed<T>,
  verdict: (finding: Finding, value: T) => Problem,
): { value: T; problems: Problem[] } {
  return {
    value: parsed.value,
    problems: parsed.findings.map((finding) => verdict(finding, parsed.value)),
  };
}

/** Reads a field's text into the value stored in the record, with its problems. */
export function readField(spec: FieldSpec, text: string): { value: unknown; problems: Problem[] } {
  // A value the parser would drop is an error; a value it read differently is a note.
  const dropped =
    (key: string, readAs = '') =>
    (finding: Finding, value: unknown) =>
      finding.severity === 'info' && readAs
        ? { severity: 'info' as const, key: readAs, values: { value: textOf(value) } }
        : { severity: 'error' as const, key };
  switch (spec.kind) {
    case 'url':
      return fromParsed(
        parseUrl(text, spec.name),
        dropped('problem.invalidUrl', 'problem.urlReadAs'),
      );
    case 'email':
      return fromParsed(parseEmail(text, spec.name), dropped('problem.invalidEmail'));
    case 'date':
      return fromParsed(
        parseIsoDate(text, spec.name),
        dropped('problem.invalidDate', 'problem.dateReadAs'),
      );
    case 'phone':
      return fromParsed(parsePhone(text, spec.name), () => ({
        severity: 'warning',
        key: 'problem.unusualPhone',
      }));
    case 'languages':
      return fromParsed(parseLanguages(text), () => ({
        severity: 'error',
        key: 'problem.unknownLanguage',
      }));
    case 'count':
      return fromParsed(parseCount(text, spec.name), () => ({
        severity: 'error',
        key: 'problem.invalidCount',
      }));
    case 'decimal':
      return fromParsed(parseDecimal(text, spec.name), () => ({
        severity: 'error',
        key: 'problem.invalidNumber',
      }));
    case 'period': {
      const parsed = parsePeriod(text, spec.name);
      return {
        value: parsed.value?.value ?? '',
        problems: parsed.findings.map(() => ({ severity: 'error', key: 'problem.invalidPeriod' })),
      };
    }
    case 'enterpriseNumber':
      return fromParsed(
        parseEnterpriseNumber(text, spec.name),
        dropped('problem.invalidEnterpriseNumber'),
      );
    case 'areas': {
      const units = text.split(/[\s,;|]+/).filter(Boolean);
      const codes = [...new Set(units.filter((unit) => /^\d{5}$/.test(unit)))];
      const problems: Problem[] =
        codes.length < units.length ? [{ severity: 'error', key: 'problem.invalidArea' }] : [];
      return { value: codes, problems };
    }
    case 'text':
    case 'longText':
      return { value: text.trim(), problems: [] };
    default:
      return { value: text, problems: [] };
  }
}

/** The problem a schema issue stands for. */
function schemaProblem(issue: z.core.$ZodIssue): Problem {
  switch (issue.code) {
    case 'too_small':
      return issue.origin === 'string'
        ? { severity: 'error', key: 'problem.required' }
        : { severity: 'error', key: 'problem.outOfRange' };
    case 'too_big':
      return { severity: 'error', key: 'problem.outOfRange' };
    case 'invalid_value':
      return { severity: 'error', key: 'problem.invalidChoice' };
    default:
      return { severity: 'error', key: 'problem.invalidValue' };
  }
}

/** The schema's verdict on a whole record, by field. */
export function schemaProblems(schema: z.ZodType, record: object): Map<string, Problem[]> {
  const problems = new Map<string, Problem[]>();
  const result = schema.safeParse(record);
  if (result.success) return problems;
  for (const issue of result.error.issues) {
    const field = String(issue.path[0] ?? '');
    problems.set(field, [...(problems.get(field) ?? []), schemaProblem(issue)]);
  }
  return problems;
}

/** Where a form stands: the record it would save, what changed, and every field's problems. */
export interface Evaluation {
  /** The record as it would be saved: the record seen with the changed fields read in. */
  record: Record<string, unknown>;
  /** The fields the user changed, as values to store (what `updateRecord` receives). */
  changes: Record<string, unknown>;
  problems: Map<string, Problem[]>;
  hasErrors: boolean;
}

/**
 * Reads a form. A field counts as changed when its text differs from the text it opened
 * with, so a stored value the parsers would now write differently is left as it is unless
 * the user touches it. In an edit, a problem of a field the user did not change is shown
 * as a warning (it was already in the data; it does not stop the user saving another
 * field); in a new record every field counts. `extra` adds problems the schema cannot see
 * (a reference to a record that does not exist, a place that does not match).
 */
export function evaluateDraft({
  specs,
  draft,
  initial,
  seen,
  schema,
  creating,
  extra = () => new Map(),
}: {
  specs: readonly FieldSpec[];
  draft: Readonly<Record<string, string>>;
  initial: Readonly<Record<string, string>>;
  seen: object;
  schema: z.ZodType;
  creating: boolean;
  extra?: (record: Record<string, unknown>) => Map<string, Problem[]>;
}): Evaluation {
  const changes: Record<string, unknown> = {};
  const problems = new Map<string, Problem[]>();
  const add = (field: string, list: readonly Problem[]) => {
    if (list.length > 0) problems.set(field, [...(problems.get(field) ?? []), ...list]);
  };
  const changed = (name: string) => creating || (draft[name] ?? '') !== (initial[name] ?? '');
  for (const spec of specs) {
    const text = draft[spec.name] ?? '';
    if (!changed(spec.name)) continue;
    const read = readField(spec, text);
    changes[spec.name] = read.value;
    add(spec.name, read.problems);
    if (spec.required && text.trim() === '') {
      add(spec.name, [{ severity: 'error', key: 'problem.required' }]);
    }
  }
  const record = { ...(seen as Record<string, unknown>), ...changes };
  const fromSchema = schemaProblems(schema, record);
  for (const [field, list] of [...fromSchema, ...extra(record)]) {
    const shown = problems.get(field) ?? [];
    add(
      field,
      list.filter((problem) => !shown.some((known) => known.key === problem.key)),
    );
  }
  for (const [field, list] of problems) {
    if (changed(field)) continue;
    problems.set(
      field,
      list.map((problem) =>
        problem.severity === 'error' ? { ...problem, severity: 'warning' } : problem,
      ),
    );
  }
  const hasErrors = [...problems.values()].some((list) =>
    list.some((problem) => problem.severity === 'error'),
  );
  return { record, changes, problems, hasErrors };
}

/** Today's date as an ISO date in the user's time zone: the default `last_verified`. */
export function today(now: Date = new Date()): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
