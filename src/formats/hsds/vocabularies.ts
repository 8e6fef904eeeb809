import { CATEGORIES, LEVELS, ORG_TYPES } from '../../model/enums';
import { uuidV5 } from '../../model/ids';
import { CATEGORY_LABELS, type Labels, ORG_TYPE_LABELS } from '../../model/labels';

/**
 * The Atlas's closed vocabularies as HSDS taxonomies: each one a taxonomy, each code a
 * taxonomy term (code `<vocabulary>:<code>`, unique across the table as HSDS requires),
 * linked to services and organisations by attribute rows.
 */

export type VocabularyKey = 'category' | 'org_type' | 'level';

export interface Vocabulary {
  key: VocabularyKey;
  /** The taxonomy's name, which also identifies it when a package is read. */
  name: string;
  description: string;
  /** The HSDS table its attributes link to. */
  linkEntity: 'service' | 'organization';
  codes: readonly string[];
  /** Labels in FR/NL/EN, where the model has them (levels have none yet). */
  labels?: Readonly<Record<string, Labels>>;
}

export const VOCABULARIES: readonly Vocabulary[] = [
  {
    key: 'category',
    name: 'Atlas service category',
    description:
      'The service categories of the Integration Ecosystem Atlas (services for people displaced from Ukraine in Wallonia).',
    linkEntity: 'service',
    codes: CATEGORIES,
    labels: CATEGORY_LABELS,
  },
  {
    key: 'org_type',
    name: 'Atlas organisation type',
    description: 'The organisation types of the Integration Ecosystem Atlas.',
    linkEntity: 'organization',
    codes: ORG_TYPES,
    labels: ORG_TYPE_LABELS,
  },
  {
    key: 'level',
    name: 'Atlas level',
    description:
      'The level of government or action of an organisation in the Integration Ecosystem Atlas.',
    linkEntity: 'organization',
    codes: LEVELS,
  },
];

/**
 * A deterministic id for a row that only exists in the HSDS form (address, phone, language,
 * taxonomy, term, attribute): a UUID v5 in the Atlas namespace of `hsds/<kind>` and its key.
 * The `hsds/` prefix keeps these apart from the record ids of `stableId`.
 */
export function hsdsId(kind: string, ...keyParts: string[]): string {
  return uuidV5(`hsds/${kind}:${keyParts.join('\u001f')}`);
}

export function taxonomyId(vocabulary: Vocabulary): string {
  return hsdsId('taxonomy', vocabulary.key);
}

export function termId(vocabulary: Vocabulary, code: string): string {
  return hsdsId('taxonomy_term', vocabulary.key, code);
}

export function termCode(vocabulary: Vocabulary, code: string): string {
  return `${vocabulary.key}:${code}`;
}

/** A term's name: its English label, or the code itself as words. */
export function termName(vocabulary: Vocabulary, code: string): string {
  const label = vocabulary.labels?.[code];
  if (label) return label.en;
  const words = code.replaceAll('_', ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** A term's description (required by HSDS): its labels in each language, or its code. */
export function termDescription(vocabulary: Vocabulary, code: string): string {
  const label = vocabulary.labels?.[code];
  const base = `${vocabulary.name}: ${code}`;
  return label ? `${base} (fr: ${label.fr}; nl: ${label.nl}; en: ${label.en})` : base;
}
