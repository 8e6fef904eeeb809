import type { NisUpdate } from './types';

/**
 * Walloon commune codes that changed.
 *
 * - 1 January 2019: 11 communes kept their territory but got a new NIS code when their
 *   arrondissement changed (Statbel REFNIS: the old code ends 31/12/2018, the new one starts
 *   01/01/2019 with the same name). Derived by matching names between the INS_2018 list
 *   (`wallonia_communes_nis.csv`) and the 2019-2024 communes (`wallonia_communes_2019-2024.geojson`);
 *   the same list is given in the geodata SOURCES.md.
 * - 1 January 2025: Bastogne (82003) and Bertogne (82005) merged into Bastogne (82039)
 *   (Statbel list of the 2025 mergers; `merged_from` of 82039 in `wallonia_communes_2025.geojson`).
 */
export const NIS_UPDATES: readonly NisUpdate[] = [
  { from: '52043', to: '55086', reason: 'renumbered_2019' }, // Manage
  { from: '52063', to: '55085', reason: 'renumbered_2019' }, // Seneffe
  { from: '54007', to: '57096', reason: 'renumbered_2019' }, // Mouscron
  { from: '54010', to: '57097', reason: 'renumbered_2019' }, // Comines-Warneton
  { from: '55010', to: '51067', reason: 'renumbered_2019' }, // Enghien
  { from: '55022', to: '58001', reason: 'renumbered_2019' }, // La Louvière
  { from: '55023', to: '51069', reason: 'renumbered_2019' }, // Lessines
  { from: '55039', to: '51068', reason: 'renumbered_2019' }, // Silly
  { from: '56011', to: '58002', reason: 'renumbered_2019' }, // Binche
  { from: '56085', to: '58003', reason: 'renumbered_2019' }, // Estinnes
  { from: '56087', to: '58004', reason: 'renumbered_2019' }, // Morlanwelz
  { from: '82003', to: '82039', reason: 'merged_2025' }, // Bastogne
  { from: '82005', to: '82039', reason: 'merged_2025' }, // Bertogne
];

const BY_FROM = new Map(NIS_UPDATES.map((update) => [update.from, update]));

/**
 * The update for an old code, or undefined when the code is current or unknown.
 * Follows chains (none exist today) so the result always points at a current code.
 */
export function updateNisCode(code: string): NisUpdate | undefined {
  const first = BY_FROM.get(code.trim());
  if (!first) return undefined;
  let to = first.to;
  for (let next = BY_FROM.get(to), hops = 0; next && hops < 10; next = BY_FROM.get(to), hops++) {
    to = next.to;
  }
  return to === first.to ? first : { ...first, to };
}

/** The current code for a code: the updated one, or the code itself. */
export function currentNisCode(code: string): string {
  return updateNisCode(code)?.to ?? code.trim();
}
