import type { i18n as I18n } from 'i18next';
import type { Issue } from '../model/report';

/**
 * A finding's sentence in the instance's language: `import:message.<code>` (or
 * `…_<variant>`) filled with the finding's values; null when the finding carries no values
 * or its code (or case) has no sentence yet, where its English message stands.
 */
/**
 * The values a finding's sentence names that are phrases of their own, said first: a
 * geometry's `fault` (`import:geometryProblem.<fault>`), with the `shape` its type's
 * coordinates should have (`import:geometryShape.<type>`); the `cause` of a file's finding
 * that is another finding (`import:message.<code>_<variant>` of the JSON inside it).
 */
function phrases(values: NonNullable<Issue['values']>, i18n: I18n): Record<string, string> {
  const said: Record<string, string> = {};
  const shapeKey = `import:geometryShape.${values.type}`;
  if (typeof values.type === 'string' && i18n.exists(shapeKey)) said.shape = i18n.t(shapeKey);
  const faultKey = `import:geometryProblem.${values.fault}`;
  if (typeof values.fault === 'string' && i18n.exists(faultKey)) {
    said.fault = i18n.t(faultKey, { ...values, ...said });
  }
  const causeKey = `import:message.${values.cause}`;
  if (typeof values.cause === 'string' && i18n.exists(causeKey)) {
    said.cause = i18n.t(causeKey, { ...values, ...said });
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
