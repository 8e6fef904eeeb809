/** The edit texts: t('edit:…'). */
export const editMessages = {
  fr: {},
  nl: {},
  en: {},
} as const;
