import type { i18n as I18n } from 'i18next';
import { findingWords } from '../../src/i18n/finding_text';
import type { Issue } from '../../src/model/report';

/**
 * A finding as a command prints it: its English message, or with `i18n` its sentence in
 * that language (the import dialog's), the library's own words after it as a detail.
 */
export function findingLine(
  issue: Pick<Issue, 'code' | 'variant' | 'values' | 'message'>,
  i18n: I18n | null,
): string {
  if (!i18n) return issue.message;
  const { text, detail } = findingWords(issue, i18n);
  return detail === null ? text : `${text} (${i18n.t('app:technicalDetail')} ${detail})`;
}
