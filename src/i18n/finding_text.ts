import type { i18n as I18n } from 'i18next';
import type { Issue } from '../model/report';

/**
 * A finding's sentence in the instance's language: `import:message.<code>` (or
 * `…_<variant>`) filled with the finding's values; null when the finding carries no values
 * or its code (or case) has no sentence yet, where its English message stands.
 */
/**
 * The values a finding's sentence names that are phrases of their own, said first, in
 * order (a later phrase may name an earlier one): [value, the messages it keys, said as].
 * A geometry's `type` is the `shape` its coordinates should have, a HSDS field's `type`
 * what a value was `expected` to be; a geometry's `fault` is its own phrase; a file's
 * `cause` is the finding about the JSON inside it.
 */
const PHRASES: readonly [string, string, string][] = [
  ['type', 'import:geometryShape', 'shape'],
  ['type', 'import:hsdsType', 'expected'],
  ['fault', 'import:geometryProblem', 'fault'],
  ['cause', 'import:message', 'cause'],
];

function phrases(values: NonNullable<Issue['values']>, i18n: I18n): Record<string, string> {
  const said: Record<string, string> = {};
  for (const [name, messages, as] of PHRASES) {
    const value = values[name];
    const key = `${messages}.${value}`;
    if (typeof value === 'string' && i18n.exists(key))
      said[as] = i18n.t(key, { ...values, ...said });
  }
  return said;
}

/**
 * A library's own words about a finding (JSON.parse's, the unzipper's, an exception's),
 * kept as `values.detail`: never part of the sentence, shown after it as a technical
 * detail, in English as the library wrote it.
 */
export function findingDetail(issue: Pick<Issue, 'values'>): string | null {
  const detail = issue.values?.detail;
  return typeof detail === 'string' && detail !== '' ? detail : null;
}

export function findingSentence(
  issue: Pick<Issue, 'code' | 'values' | 'variant'>,
  i18n: I18n,
): string | null {
  if (!issue.values) return null;
  const key = `import:message.${issue.code}${issue.variant ? `_${issue.variant}` : ''}`;
  return i18n.exists(key) ? i18n.t(key, { ...issue.values, ...phrases(issue.values, i18n) }) : null;
}

/**
 * What a finding says in the language of `i18n`: its sentence, or its English message where
 * it has none yet (`translated` false); and a library's own words, kept apart (given only
 * beside a sentence: an English message already says them).
 */
export function findingWords(
  issue: Pick<Issue, 'code' | 'message' | 'values' | 'variant'>,
  i18n: I18n,
): { text: string; translated: boolean; detail: string | null } {
  const sentence = findingSentence(issue, i18n);
  return sentence === null
    ? { text: issue.message, translated: false, detail: null }
    : { text: sentence, translated: true, detail: findingDetail(issue) };
}
