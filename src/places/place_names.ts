import type { Language } from '../model/languages';
import type { AreaInfo, CommuneInfo } from './types';

/**
 * A commune's name in the interface language: its Dutch or German name when it has one in
 * that language, else French.
 */
export function communeName(commune: CommuneInfo, language: Language): string {
  if (language === 'nl' && commune.name_nl) return commune.name_nl;
  if (language === 'de' && commune.name_de) return commune.name_de;
  return commune.name_fr || commune.name_nl || commune.name_de || commune.nis_code;
}

/**
 * The Walloon provinces' names in Dutch, German and English (the data names them in French):
 * Dutch and German as Statbel's REFNIS labels give them (data/reference/provinces.geojson,
 * label_nl and label_de, a test holds them equal).
 */
const PROVINCE_NAMES: Record<string, { nl: string; de: string; en: string }> = {
  'Brabant wallon': { nl: 'Waals-Brabant', de: 'Wallonisch-Brabant', en: 'Walloon Brabant' },
  Hainaut: { nl: 'Henegouwen', de: 'Hennegau', en: 'Hainaut' },
  Liège: { nl: 'Luik', de: 'Lüttich', en: 'Liège' },
  Luxembourg: { nl: 'Luxemburg', de: 'Luxemburg', en: 'Luxembourg' },
  Namur: { nl: 'Namen', de: 'Namur', en: 'Namur' },
};

/**
 * The Walloon arrondissements' Dutch and German names, where they differ from the French
 * ones, as the REFNIS labels give them (data/reference/arrondissements.geojson).
 */
const ARRONDISSEMENT_NAMES: Record<string, { nl?: string; de?: string }> = {
  Nivelles: { nl: 'Nijvel' },
  Ath: { nl: 'Aat' },
  Mons: { nl: 'Bergen' },
  Soignies: { nl: 'Zinnik' },
  'Tournai-Mouscron': { nl: 'Doornik-Moeskroen' },
  Huy: { nl: 'Hoei' },
  Liège: { nl: 'Luik', de: 'Lüttich' },
  Waremme: { nl: 'Borgworm' },
  Arlon: { nl: 'Aarlen' },
  Bastogne: { nl: 'Bastenaken' },
  Namur: { nl: 'Namen' },
};

/** A province (as the data names it, in French) in another language. */
export function provinceName(province: string, language: Language): string {
  if (language === 'fr') return province;
  return PROVINCE_NAMES[province]?.[language] ?? province;
}

/** An arrondissement (as the data names it, in French) in another language. */
export function arrondissementName(arrondissement: string, language: Language): string {
  if (language !== 'nl' && language !== 'de') return arrondissement;
  return ARRONDISSEMENT_NAMES[arrondissement]?.[language] ?? arrondissement;
}

/** Compares names the way the interface language sorts them ("É" with "E"). */
export function collator(language: Language): Intl.Collator {
  return new Intl.Collator(language, { sensitivity: 'base', numeric: true });
}

/** Wallonia and Belgium in English (the areas give French, Dutch and German names). */
const ENGLISH_NAMES: Record<string, string> = { '03000': 'Wallonia', '01000': 'Belgium' };

/** A unit's name in the interface language. */
export function areaName(area: AreaInfo, language: Language): string {
  if (area.level === 'province') return provinceName(area.name_fr, language);
  if (area.level === 'arrondissement') return arrondissementName(area.name_fr, language);
  if (language === 'nl') return area.name_nl;
  if (language === 'de') return area.name_de;
  if (language === 'en' && area.level !== 'commune')
    return ENGLISH_NAMES[area.nis_code] ?? area.name_fr;
  return area.name_fr;
}

/** The communes with their names in `language`, sorted as that language sorts them. */
export function namedCommunes(
  communes: readonly CommuneInfo[],
  language: Language,
): { nis_code: string; name: string }[] {
  const { compare } = collator(language);
  return communes
    .map((commune) => ({ nis_code: commune.nis_code, name: communeName(commune, language) }))
    .sort((a, b) => compare(a.name, b.name));
}
