import i18next, { type i18n } from 'i18next';
import type { Language } from '../model/languages';
import { LIMITS } from '../model/limits';
import { analysisMessages } from './messages/analysis';
import { appMessages } from './messages/app';
import { chartsMessages } from './messages/charts';
import { detailsMessages } from './messages/details';
import { editMessages } from './messages/edit';
import { exportMessages } from './messages/export';
import { filtersMessages } from './messages/filters';
import { historyMessages } from './messages/history';
import { importMessages } from './messages/import';
import { mapMessages } from './messages/map';
import { modelMessages } from './messages/model';
import { networkMessages } from './messages/network';
import { profileMessages } from './messages/profile';
import { qualityMessages } from './messages/quality';
import { tableMessages } from './messages/table';
import { workbookMessages } from './messages/workbook';

/**
 * The interface in French (default), Dutch, German and English. Messages live in one file per
 * area (messages/*.ts), each a namespace: t('app:title'), t('filters:clearAll').
 */
export const NAMESPACES = {
  app: appMessages,
  model: modelMessages,
  filters: filtersMessages,
  table: tableMessages,
  details: detailsMessages,
  map: mapMessages,
  network: networkMessages,
  edit: editMessages,
  import: importMessages,
  export: exportMessages,
  history: historyMessages,
  analysis: analysisMessages,
  charts: chartsMessages,
  quality: qualityMessages,
  profile: profileMessages,
  workbook: workbookMessages,
} as const;

function resources() {
  const byLanguage: Record<Language, Record<string, Messages>> = {
    fr: {},
    nl: {},
    en: {},
    de: {},
  };
  for (const [namespace, messages] of Object.entries(NAMESPACES)) {
    for (const language of Object.keys(byLanguage) as Language[]) {
      byLanguage[language][namespace] = messages[language];
    }
  }
  return byLanguage;
}

/**
 * A translation function, as i18next's `t` (a component's `useTranslation().t`, or
 * `createI18n(language).t` in Node): what lower folders take to write texts.
 */
export type Translate = (key: string, options?: Record<string, unknown>) => string;

/** A namespace's messages: texts, or groups of texts (e.g. model:category.housing). */
type Messages = Record<string, string | Record<string, string>>;

/** The readers' limits (model/limits.ts), as the messages that state them name them. */
const LIMIT_VARIABLES = {
  maxFileMegabytes: LIMITS.fileBytes / (1024 * 1024),
  maxRows: LIMITS.rows,
  maxColumns: LIMITS.columns,
  maxCells: LIMITS.cells,
  maxFieldCharacters: LIMITS.fieldCharacters,
  maxJsonDepth: LIMITS.jsonDepth,
  maxFiles: LIMITS.files,
};

export function createI18n(language: Language = 'fr'): i18n {
  const instance = i18next.createInstance();
  void instance.init({
    lng: language,
    fallbackLng: false,
    resources: resources(),
    ns: Object.keys(NAMESPACES),
    defaultNS: 'app',
    // React escapes what it renders: data is never turned into HTML. The limits of what
    // is read may be named in any message ({{maxRows, number}}), always the ones enforced.
    interpolation: { escapeValue: false, defaultVariables: LIMIT_VARIABLES },
    initAsync: false,
    returnNull: false,
  });
  // `{{count, number}}` groups thousands as the language does. It replaces i18next's own
  // `number` format (no options are used) so that a value that is already text (a phrase
  // translated apart) is left as it is.
  instance.services.formatter?.add('number', (value: unknown, lng: string | undefined) =>
    typeof value === 'number' ? formatNumber(value, lng ?? instance.language) : String(value),
  );
  return instance;
}

const numberFormats = new Map<string, Intl.NumberFormat>();

/**
 * A number as the interface language writes it: 25 000, 25.000, 25,000. Messages format
 * theirs with `{{count, number}}`; this is for numbers shown outside a message.
 */
export function formatNumber(value: number, language: string): string {
  let format = numberFormats.get(language);
  if (!format) {
    format = new Intl.NumberFormat(language);
    numberFormats.set(language, format);
  }
  return format.format(value);
}
