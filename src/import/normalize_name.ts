const NON_ASCII = /[\u0080-\uffff]/;

/**
 * The key under which names are matched (organisations by name, ids from names):
 * lower case, without accents, punctuation folded to single spaces.
 * "CPAS de Braine-l'Alleud" and "cpas de braine l’alleud" give the same key.
 */
export function normalizeName(name: string): string {
  // An ASCII name (nearly every one) has no accents to decompose, and its letters and digits
  // are a-z and 0-9: the same key without the Unicode steps, several times faster.
  if (!NON_ASCII.test(name))
    return name
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, ' ')
      .trim();
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
