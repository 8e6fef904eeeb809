import type { i18n as I18n } from 'i18next';
import type { Issue } from '../model/report';

/**
 * A finding's sentence in the instance's language: `import:message.<code>` (or
 * `…_<variant>`) filled with the finding's values; null when the finding carries no values
 * or its code (or case) has no sentence yet, where its English message stands.
 */
export function findingSentence(
  issue: Pick<Issue, 'code' | 'values' | 'variant'>,
  i18n: I18n,
): string | null {
  if (!issue.values) return null;
  const key = `import:message.${issue.code}${issue.variant ? `_${issue.variant}` : ''}`;
  return i18n.exists(key) ? i18n.t(key, { ...issue.values }) : null;
}
