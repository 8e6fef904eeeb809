import {
  CATEGORIES,
  LEVELS,
  LOCATION_PRECISIONS,
  ORG_TYPES,
  RELATIONSHIP_TYPES,
  STATUSES,
} from '../../model/enums';
import {
  CATEGORY_LABELS,
  type Labels,
  LEVEL_LABELS,
  ORG_TYPE_LABELS,
  RELATIONSHIP_TYPE_LABELS,
  STATUS_LABELS,
} from '../../model/labels';

/** The model's vocabularies as messages: t('model:category.housing'), t('model:status.active'). */

const PRECISION_LABELS: Record<(typeof LOCATION_PRECISIONS)[number], Labels> = {
  exact: { fr: 'Adresse exacte', nl: 'Exact adres', en: 'Exact address', de: 'Genaue Adresse' },
  postcode: {
    fr: 'Placé au code postal',
    nl: 'Op de postcode geplaatst',
    en: 'Placed at its postcode',
    de: 'An der Postleitzahl verortet',
  },
  commune: {
    fr: 'Placé dans sa commune',
    nl: 'In de gemeente geplaatst',
    en: 'Placed in its commune',
    de: 'In der Gemeinde verortet',
  },
};

const LANGUAGE_NAMES: Record<string, Labels> = {
  fr: { fr: 'français', nl: 'Frans', en: 'French', de: 'Französisch' },
  nl: { fr: 'néerlandais', nl: 'Nederlands', en: 'Dutch', de: 'Niederländisch' },
  de: { fr: 'allemand', nl: 'Duits', en: 'German', de: 'Deutsch' },
  en: { fr: 'anglais', nl: 'Engels', en: 'English', de: 'Englisch' },
  uk: { fr: 'ukrainien', nl: 'Oekraïens', en: 'Ukrainian', de: 'Ukrainisch' },
  ru: { fr: 'russe', nl: 'Russisch', en: 'Russian', de: 'Russisch' },
};

function messages(language: keyof Labels): Record<string, Record<string, string>> {
  const out: Record<string, Record<string, string>> = {};
  const add = (prefix: string, codes: readonly string[], labels: Record<string, Labels>) => {
    const group: Record<string, string> = {};
    for (const code of codes) {
      const label = labels[code];
      if (label) group[code] = label[language];
    }
    out[prefix] = group;
  };
  add('category', CATEGORIES, CATEGORY_LABELS);
  add('orgType', ORG_TYPES, ORG_TYPE_LABELS);
  add('status', STATUSES, STATUS_LABELS);
  add('level', LEVELS, LEVEL_LABELS);
  add('relationship', RELATIONSHIP_TYPES, RELATIONSHIP_TYPE_LABELS);
  add('precision', LOCATION_PRECISIONS, PRECISION_LABELS);
  add('languageName', Object.keys(LANGUAGE_NAMES), LANGUAGE_NAMES);
  return out;
}

export const modelMessages = {
  fr: messages('fr'),
  nl: messages('nl'),
  en: messages('en'),
  de: messages('de'),
};
