/**
 * The key under which names are matched (organisations by name, ids from names):
 * lower case, without accents, punctuation folded to single spaces.
 * "CPAS de Braine-l'Alleud" and "cpas de braine l’alleud" give the same key.
 */
export function normalizeName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
