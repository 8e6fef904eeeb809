import { foldName } from '../text/fold';
import { arrondissementName, provinceName } from './place_names';
import type { AreaInfo, AreaLevel, CommuneInfo } from './types';

/**
 * The territorial units of Statbel's REFNIS codes above the communes, as the Walloon
 * communes give them: a commune's arrondissement is its code's first two digits followed by
 * 000 (62063 Liège → 62000), its province the province's own code (20002 for the Walloon
 * Brabant, else the first digit followed by 0000), and Wallonia is 03000.
 */

export const WALLONIA_NIS = '03000';
export const BELGIUM_NIS = '01000';

const PROVINCES = new Set([
  '10000',
  '20001',
  '20002',
  '30000',
  '40000',
  '50000',
  '60000',
  '70000',
  '80000',
  '90000',
]);

/** What level a REFNIS code names, told from the code alone; null when it is not one. */
export function areaLevel(code: string): AreaLevel | null {
  if (!/^\d{5}$/.test(code)) return null;
  if (code === BELGIUM_NIS) return 'country';
  if (code === '02000' || code === WALLONIA_NIS || code === '04000') return 'region';
  if (PROVINCES.has(code)) return 'province';
  if (code.endsWith('000')) return 'arrondissement';
  return 'commune';
}

/** The arrondissement of a commune's code. */
export function arrondissementCode(communeNis: string): string {
  return `${communeNis.slice(0, 2)}000`;
}

/** The province of a commune's or an arrondissement's code. */
export function provinceCode(nis: string): string {
  if (nis.startsWith('2')) return nis.startsWith('25') ? '20002' : '20001';
  return `${nis.slice(0, 1)}0000`;
}

/** Words that say which level a name is of, before the name ("Province de Namur"). */
const LEVEL_WORDS: readonly [AreaLevel, RegExp][] = [
  ['province', /^(province( de| du| of)?|provincie|provinz|prov)\s+/],
  ['arrondissement', /^(arrondissement( de| d| of)?|bezirk|arr)\s+/],
];

export interface AreaIndex {
  /** The arrondissements, provinces and Wallonia that the communes lie in. */
  readonly areas: readonly AreaInfo[];
  /** The unit a code names: a commune, an arrondissement, a province, Wallonia or Belgium. */
  areaByNis(code: string): AreaInfo | undefined;
  /**
   * The units a name may mean: a commune by its name, a province or arrondissement by its
   * name after a word that says so ("province de Luxembourg", "arrondissement Huy"), or alone
   * when no commune has that name. Case, accents and punctuation do not count.
   */
  areasByName(name: string): AreaInfo[];
  /** The communes a unit covers (the commune itself for a commune); empty for an unknown code. */
  communesOfArea(code: string): readonly CommuneInfo[];
}

function communeArea(commune: CommuneInfo): AreaInfo {
  return {
    nis_code: commune.nis_code,
    level: 'commune',
    name_fr: commune.name_fr,
    name_nl: commune.name_nl || commune.name_fr,
    name_de: commune.name_de || commune.name_fr,
  };
}

/** The areas of the communes given, and lookups of them by code and name. */
export function indexAreas(communes: readonly CommuneInfo[]): AreaIndex {
  const units = new Map<string, { info: AreaInfo; communes: CommuneInfo[] }>();
  const add = (info: AreaInfo, commune: CommuneInfo) => {
    const unit = units.get(info.nis_code) ?? { info, communes: [] };
    unit.communes.push(commune);
    units.set(info.nis_code, unit);
  };
  for (const commune of communes) {
    add(communeArea(commune), commune);
    const arrondissement = commune.arrondissement;
    add(
      {
        nis_code: arrondissementCode(commune.nis_code),
        level: 'arrondissement',
        name_fr: arrondissement,
        name_nl: arrondissementName(arrondissement, 'nl'),
        name_de: arrondissementName(arrondissement, 'de'),
      },
      commune,
    );
    add(
      {
        nis_code: provinceCode(commune.nis_code),
        level: 'province',
        name_fr: commune.province,
        name_nl: provinceName(commune.province, 'nl'),
        name_de: provinceName(commune.province, 'de'),
      },
      commune,
    );
    add(
      {
        nis_code: WALLONIA_NIS,
        level: 'region',
        name_fr: 'Wallonie',
        name_nl: 'Wallonië',
        name_de: 'Wallonie',
      },
      commune,
    );
    add(
      {
        nis_code: BELGIUM_NIS,
        level: 'country',
        name_fr: 'Belgique',
        name_nl: 'België',
        name_de: 'Belgien',
      },
      commune,
    );
  }
  const byName = new Map<string, AreaInfo[]>();
  for (const { info } of units.values()) {
    const names = new Set([info.name_fr, info.name_nl, info.name_de].map(foldName));
    for (const name of names) {
      const key = `${info.level}:${name}`;
      byName.set(key, [...(byName.get(key) ?? []), info]);
    }
  }
  const areas = [...units.values()]
    .map((unit) => unit.info)
    .filter((info) => info.level !== 'commune' && info.level !== 'country');
  return {
    areas,
    areaByNis: (code) => units.get(code.trim())?.info,
    areasByName(name) {
      let key = foldName(name);
      for (const [level, words] of LEVEL_WORDS) {
        const match = words.exec(key);
        if (match) {
          key = key.slice(match[0].length);
          return byName.get(`${level}:${key}`) ?? [];
        }
      }
      const communesNamed = byName.get(`commune:${key}`);
      if (communesNamed) return communesNamed;
      return ['region', 'province', 'arrondissement'].flatMap(
        (level) => byName.get(`${level}:${key}`) ?? [],
      );
    },
    communesOfArea: (code) => units.get(code.trim())?.communes ?? [],
  };
}
