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
    const detail = error instanceof Error ? error.message : String(error);
    const at = lineAndColumn(text, jsonErrorOffset(text));
    return {
      ok: false,
      finding: {
        field: null,
        severity: 'error',
        code: 'unreadable_file',
        message: `Not valid JSON at line ${at.line}, column ${at.column}: ${detail}`,
        variant: 'jsonAt',
        values: { ...at, detail },
      },
    };
  }
}

/** The line and column (1-based) of an offset in a text. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let index = text.indexOf('\n'); index !== -1 && index < offset; ) {
    line += 1;
    start = index + 1;
    index = text.indexOf('\n', start);
  }
  return { line, column: offset - start + 1 };
}

/**
 * Where JSON text that JSON.parse refused first breaks the grammar (RFC 8259): the offset
 * of the first character that cannot be there, the text's length when it ends too soon.
 * Found again here because each engine words its error its own way, and V8 gives no
 * position for an unexpected token. Recursive; the nesting was bounded before parsing.
 */
export function jsonErrorOffset(text: string): number {
  let at = 0;
  const fail = (): never => {
    throw at;
  };
  const space = () => {
    while (at < text.length && ' \t\n\r'.includes(text.charAt(at))) at += 1;
  };
  const literal = (word: string) => {
    for (const char of word) {
      if (text.charAt(at) !== char) fail();
      at += 1;
    }
  };
  const string = () => {
    at += 1;
    for (;;) {
      if (at >= text.length) fail();
      const code = text.charCodeAt(at);
      if (code === QUOTE) {
        at += 1;
        return;
      }
      if (code < 0x20) fail();
      if (code === BACKSLASH) {
        at += 1;
        const escaped = text.charAt(at);
        if (escaped === 'u') {
          for (let digit = 1; digit <= 4; digit += 1) {
            if (!/[0-9a-fA-F]/.test(text.charAt(at + digit))) {
              at += digit;
              fail();
            }
          }
          at += 4;
        } else if (!'"\\/bfnrt'.includes(escaped) || escaped === '') fail();
      }
      at += 1;
    }
  };
  const digits = (least: number) => {
    const from = at;
    while (text.charAt(at) >= '0' && text.charAt(at) <= '9') at += 1;
    if (at - from < least) fail();
  };
  const number = () => {
    if (text.charAt(at) === '-') at += 1;
    if (text.charAt(at) === '0') at += 1;
    else digits(1);
    if (text.charAt(at) === '.') {
      at += 1;
      digits(1);
    }
    if (text.charAt(at) === 'e' || text.charAt(at) === 'E') {
      at += 1;
      if (text.charAt(at) === '+' || text.charAt(at) === '-') at += 1;
      digits(1);
    }
  };
  const value = (): void => {
    space();
    const char = text.charAt(at);
    if (char === '{') members('}', true);
    else if (char === '[') members(']', false);
    else if (char === '"') string();
    else if (char === 't') literal('true');
    else if (char === 'f') literal('false');
    else if (char === 'n') literal('null');
    else if (char === '-' || (char >= '0' && char <= '9')) number();
    else fail();
  };
  const members = (close: string, named: boolean) => {
    at += 1;
    space();
    if (text.charAt(at) === close) {
      at += 1;
      return;
    }
    for (;;) {
      if (named) {
        space();
        if (text.charAt(at) !== '"') fail();
        string();
        space();
        if (text.charAt(at) !== ':') fail();
        at += 1;
      }
      value();
      space();
      const next = text.charAt(at);
      at += 1;
      if (next === close) return;
      if (next !== ',') {
        at -= 1;
        fail();
      }
    }
  };
  try {
    value();
    space();
    if (at < text.length) fail();
  } catch (offset) {
    if (typeof offset === 'number') return Math.min(offset, text.length);
    throw offset;
  }
  return text.length;
}
