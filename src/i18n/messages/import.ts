/** The import texts: t('import:…'). */
export const importMessages = {
  fr: {},
  nl: {},
  en: {},
} as const;
