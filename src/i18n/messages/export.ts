/** The export texts: t('export:…'). */
export const exportMessages = {
  fr: {},
  nl: {},
  en: {},
} as const;
