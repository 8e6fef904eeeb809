/**
 * The province of a Belgian commune, read from its NIS (REFNIS) code: the code's leading
 * digits are its province's (Statbel's REFNIS scheme, unchanged by the renumbering of 2019
 * and the mergers of 2025). HSDS requires `state_province` in an address; this gives it
 * without inventing anything. Brussels-Capital, a region without a province, is named as
 * the region.
 */
const PROVINCE_PREFIXES: readonly (readonly [string, string])[] = [
  ['21', 'Région de Bruxelles-Capitale'],
  ['23', 'Vlaams-Brabant'],
  ['24', 'Vlaams-Brabant'],
  ['25', 'Brabant wallon'],
  ['1', 'Antwerpen'],
  ['3', 'West-Vlaanderen'],
  ['4', 'Oost-Vlaanderen'],
  ['5', 'Hainaut'],
  ['6', 'Liège'],
  ['7', 'Limburg'],
  ['8', 'Luxembourg'],
  ['9', 'Namur'],
];

/** The province (or Brussels-Capital region) of a 5-digit NIS code, or '' when it names none. */
export function provinceOfNis(nisCode: string): string {
  if (!/^\d{5}$/.test(nisCode)) return '';
  return PROVINCE_PREFIXES.find(([prefix]) => nisCode.startsWith(prefix))?.[1] ?? '';
}
