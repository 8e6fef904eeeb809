import type { z } from 'zod';
import { LANGUAGE_CODE_PATTERN, NIS_CODE_PATTERN } from './schemas';

/**
 * zod's issues said as the Atlas says them: a code and the values its sentence names,
 * never zod's own English. The interface writes each code in its language
 * (i18n/change_problem_text.ts); `message` is the sentence in English, for the command line.
 */

/** What a JSON value is, as a word every language has: what was expected, what was found. */
export type ValueKind = 'text' | 'number' | 'integer' | 'boolean' | 'list' | 'object' | 'null';

/**
 * The codes, each with the values its sentence names: `required` (no value where one is
 * needed); `wrong_type` (`expected`, `received`: ValueKind); `empty_text`; `too_small`,
 * `too_big` (a number: `minimum`, `maximum`); `too_short`, `too_long` (a text's characters);
 * `too_few`, `too_many` (a list's items); `not_one_of` (`allowed`, the codes
 * comma-separated); `not_uuid`, `not_date`, `not_nis_code`, `not_language_code`;
 * `bad_format` (another format zod checks: `format`); `invalid` (what none of these says).
 */
export const SCHEMA_ISSUE_CODES = [
  'required',
  'wrong_type',
  'empty_text',
  'too_small',
  'too_big',
  'too_short',
  'too_long',
  'too_few',
  'too_many',
  'not_one_of',
  'not_uuid',
  'not_date',
  'not_nis_code',
  'not_language_code',
  'bad_format',
  'invalid',
] as const;

export type SchemaIssueCode = (typeof SCHEMA_ISSUE_CODES)[number];

export interface SchemaIssue {
  /** Where in the value checked: field names and (0-based) list positions. */
  path: readonly (string | number)[];
  code: SchemaIssueCode;
  values: Readonly<Record<string, string | number>>;
  /** The sentence in English (the command line's language). */
  message: string;
}

type ZodIssue = z.ZodError['issues'][number];

const KIND_WORDS: Record<ValueKind, string> = {
  text: 'a text',
  number: 'a number',
  integer: 'a whole number',
  boolean: 'true or false',
  list: 'a list',
  object: 'an object',
  null: 'null',
};

/** The kind of a JSON value, as the sentences name it. */
export function kindOf(value: unknown): ValueKind {
  if (value === null || value === undefined) return 'null';
  if (Array.isArray(value)) return 'list';
  if (typeof value === 'string') return 'text';
  if (typeof value === 'number') return 'number';
  if (typeof value === 'boolean') return 'boolean';
  return 'object';
}

export function kindWords(kind: ValueKind): string {
  return KIND_WORDS[kind];
}

function expectedKind(expected: string): ValueKind {
  switch (expected) {
    case 'string':
      return 'text';
    case 'int':
      return 'integer';
    case 'array':
      return 'list';
    case 'number':
    case 'boolean':
    case 'object':
    case 'null':
      return expected;
    default:
      return 'object';
  }
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let value = input;
  for (const key of path) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

function formatCode(format: string, pattern: string | undefined): SchemaIssueCode {
  if (format === 'uuid' || format === 'guid') return 'not_uuid';
  if (format === 'date') return 'not_date';
  if (format === 'regex' && pattern === String(NIS_CODE_PATTERN)) return 'not_nis_code';
  if (format === 'regex' && pattern === String(LANGUAGE_CODE_PATTERN)) return 'not_language_code';
  return 'bad_format';
}

/** The issue of a union of `''` and another schema: the other's, which says what is wanted. */
function unionBranch(issue: ZodIssue & { code: 'invalid_union' }): ZodIssue | undefined {
  const branches = issue.errors.filter(
    (branch) =>
      !branch.every(
        (inner) =>
          inner.code === 'invalid_value' && inner.values.length === 1 && inner.values[0] === '',
      ),
  );
  return branches.length === 1 ? branches[0]?.[0] : undefined;
}

function codeAndValues(
  issue: ZodIssue,
  value: unknown,
): { code: SchemaIssueCode; values: Record<string, string | number> } {
  switch (issue.code) {
    case 'invalid_type': {
      if (value === undefined) return { code: 'required', values: {} };
      const expected = expectedKind(issue.expected);
      return { code: 'wrong_type', values: { expected, received: kindOf(value) } };
    }
    case 'too_small': {
      const minimum = Number(issue.minimum);
      if (issue.origin === 'string') {
        return minimum <= 1
          ? { code: 'empty_text', values: {} }
          : { code: 'too_short', values: { minimum } };
      }
      if (issue.origin === 'array') return { code: 'too_few', values: { minimum } };
      return { code: 'too_small', values: { minimum } };
    }
    case 'too_big': {
      const maximum = Number(issue.maximum);
      if (issue.origin === 'string') return { code: 'too_long', values: { maximum } };
      if (issue.origin === 'array') return { code: 'too_many', values: { maximum } };
      return { code: 'too_big', values: { maximum } };
    }
    case 'invalid_value':
      return {
        code: 'not_one_of',
        values: { allowed: issue.values.map((allowed) => JSON.stringify(allowed)).join(', ') },
      };
    case 'invalid_format':
      return {
        code: formatCode(issue.format, 'pattern' in issue ? String(issue.pattern) : undefined),
        values: { format: issue.format },
      };
    case 'invalid_union': {
      const branch = unionBranch(issue);
      return branch
        ? codeAndValues(branch, valueAt(value, branch.path))
        : { code: 'invalid', values: {} };
    }
    default:
      return { code: 'invalid', values: {} };
  }
}

/** The English sentence of a code (the command line's). */
export function schemaIssueEnglish(
  code: SchemaIssueCode,
  values: Readonly<Record<string, string | number>>,
): string {
  const count = (name: string) => Number(values[name]).toLocaleString('en');
  switch (code) {
    case 'required':
      return 'a value is required';
    case 'wrong_type':
      return `${kindWords(values.expected as ValueKind)} is expected; found ${kindWords(values.received as ValueKind)}`;
    case 'empty_text':
      return 'the text may not be empty';
    case 'too_small':
      return `the number should be at least ${count('minimum')}`;
    case 'too_big':
      return `the number should be at most ${count('maximum')}`;
    case 'too_short':
      return `the text should have at least ${count('minimum')} characters`;
    case 'too_long':
      return `the text should have at most ${count('maximum')} characters`;
    case 'too_few':
      return `the list should have at least ${count('minimum')} items`;
    case 'too_many':
      return `the list should have at most ${count('maximum')} items`;
    case 'not_one_of':
      return `not one of the allowed values: ${values.allowed}`;
    case 'not_uuid':
      return 'not an id (a UUID)';
    case 'not_date':
      return 'not a date (YYYY-MM-DD)';
    case 'not_nis_code':
      return 'not a NIS code (5 digits)';
    case 'not_language_code':
      return 'not a language code (two lowercase letters, ISO 639-1)';
    case 'bad_format':
      return `not in the expected format (${values.format})`;
    case 'invalid':
      return 'not a valid value for this field';
  }
}

/** The issues of a failed parse of `input`, each with its code, values and English sentence. */
export function schemaIssues(error: z.ZodError, input: unknown): SchemaIssue[] {
  return error.issues.map((issue) => {
    const value = valueAt(input, issue.path);
    const { code, values } = codeAndValues(issue, value);
    return {
      path: issue.path.filter((key) => typeof key !== 'symbol') as (string | number)[],
      code,
      values,
      message: schemaIssueEnglish(code, values),
    };
  });
}
