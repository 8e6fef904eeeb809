import { LIMITS } from '../model/limits';
import type { Finding } from '../model/report';

/** What a JSON value is, in words: "a number (4.8675)", "a string", "an empty list". */
export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return value.length === 0 ? 'an empty list' : 'a list';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string') return value.length <= 20 ? `a string ("${value}")` : 'a string';
  if (typeof value === 'number') return `a number (${value})`;
  return `a ${typeof value} (${String(value)})`;
}

/**
 * A JSON value as a short snippet that reads the same in every language: `true`, `4.8675`,
 * `"x"`, `[]`, `[…]`, `{…}`, `null` (a string past 20 characters is cut).
 */
export function valueSnippet(value: unknown): string {
  if (value === undefined) return '—';
  if (Array.isArray(value)) return value.length === 0 ? '[]' : '[…]';
  if (typeof value === 'object' && value !== null) return '{…}';
  if (typeof value === 'string') {
    return JSON.stringify(value.length <= 20 ? value : `${value.slice(0, 20)}…`);
  }
  return String(value);
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export type ParsedJson = { ok: true; value: unknown } | { ok: false; finding: Finding };

const OPEN_BRACE = 0x7b;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACE = 0x7d;
const CLOSE_BRACKET = 0x5d;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;

/**
 * The line where JSON text first nests arrays and objects deeper than `limit`, or 0 when it
 * never does. One pass over the characters, strings skipped: a file nested 20,000 deep is
 * refused before any recursive code (JSON.stringify, a geometry check) meets it.
 */
export function lineTooDeep(text: string, limit: number): number {
  let depth = 0;
  let line = 1;
  let inString = false;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (code === 0x0a) line += 1;
    if (inString) {
      if (code === BACKSLASH) index += 1;
      else if (code === QUOTE) inString = false;
    } else if (code === QUOTE) {
      inString = true;
    } else if (code === OPEN_BRACE || code === OPEN_BRACKET) {
      depth += 1;
      if (depth > limit) return line;
    } else if (code === CLOSE_BRACE || code === CLOSE_BRACKET) {
      depth -= 1;
    }
  }
  return 0;
}

/**
 * Parses JSON text within the nesting limit. Never throws: a syntax error or a nesting too
 * deep is a finding (an error about the whole file) that says where.
 */
export function parseJsonText(text: string): ParsedJson {
  const deep = lineTooDeep(text, LIMITS.jsonDepth);
  if (deep > 0) {
    return {
      ok: false,
      finding: {
        field: null,
        severity: 'error',
        code: 'too_deeply_nested',
        message: `The JSON nests arrays and objects more than ${LIMITS.jsonDepth} levels deep (line ${deep}); the Atlas reads at most ${LIMITS.jsonDepth}`,
        values: { line: deep },
      },
    };
  }
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      finding: {
        field: null,
        severity: 'error',
        code: 'unreadable_file',
        message: `Not valid JSON: ${reason}`,
        variant: 'json',
        values: { reason },
      },
    };
  }
}
