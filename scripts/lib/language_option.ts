import type { i18n as I18n } from 'i18next';
import { createI18n } from '../../src/i18n';
import { LANGUAGES, type Language } from '../../src/model/languages';

/**
 * A command's `--lang` option: null when it is not given, the interface's texts in the
 * language it names, 'unknown' for any other value (the command prints its usage).
 */
export function languageOption(value: string | undefined): I18n | null | 'unknown' {
  if (value === undefined) return null;
  return LANGUAGES.includes(value as Language) ? createI18n(value as Language) : 'unknown';
}
