import type { Language } from '../model/languages';
import type { AreaInfo, CommuneInfo } from './types';

/** A commune's name in the interface language: Dutch when there is one, else French. */
export function communeName(commune: CommuneInfo, language: Language): string {
  if (language === 'nl' && commune.name_nl) return commune.name_nl;
  return commune.name_fr || commune.name_nl || commune.name_de || commune.nis_code;
}

/** The Walloon provinces' names in Dutch and English (the data names them in French). */
const PROVINCE_NAMES: Record<string, { nl: string; en: string }> = {
  'Brabant wallon': { nl: 'Waals-Brabant', en: 'Walloon Brabant' },
  Hainaut: { nl: 'Henegouwen', en: 'Hainaut' },
  Liège: { nl: 'Luik', en: 'Liège' },
  Luxembourg: { nl: 'Luxemburg', en: 'Luxembourg' },
  Namur: { nl: 'Namen', en: 'Namur' },
};

/** The Walloon arrondissements' Dutch names, where they differ from the French ones. */
const ARRONDISSEMENT_NAMES_NL: Record<string, string> = {
  Nivelles: 'Nijvel',
  Ath: 'Aat',
  Mons: 'Bergen',
  Soignies: 'Zinnik',
  'Tournai-Mouscron': 'Doornik-Moeskroen',
  Huy: 'Hoei',
  Liège: 'Luik',
  Waremme: 'Borgworm',
  Arlon: 'Aarlen',
  Bastogne: 'Bastenaken',
  Namur: 'Namen',
};

/** A province (as the data names it, in French) in the interface language. */
export function provinceName(province: string, language: Language): string {
  if (language === 'fr') return province;
  return PROVINCE_NAMES[province]?.[language] ?? province;
}

/** An arrondissement (as the data names it, in French) in the interface language. */
export function arrondissementName(arrondissement: string, language: Language): string {
  if (language === 'nl') return ARRONDISSEMENT_NAMES_NL[arrondissement] ?? arrondissement;
  return arrondissement;
}

/** Compares names the way the interface language sorts them ("É" with "E"). */
export function collator(language: Language): Intl.Collator {
  return new Intl.Collator(language, { sensitivity: 'base', numeric: true });
}

/** A unit's name in the interface language. */
export function areaName(area: AreaInfo, language: Language): string {
  if (area.level === 'commune') return area[language === 'nl' ? 'name_nl' : 'name_fr'];
  if (area.level === 'province') return provinceName(area.name_fr, language);
  if (area.level === 'arrondissement') return arrondissementName(area.name_fr, language);
  return language === 'nl' ? area.name_nl : area.name_fr;
}
