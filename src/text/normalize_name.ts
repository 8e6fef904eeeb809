const NON_ASCII = /[\u0080-\uffff]/;
/** Words of lower-case ASCII letters and digits, one space apart: a key already. */
const ASCII_KEY = /^[a-z0-9]+(?: [a-z0-9]+)*$/;

/**
 * The key under which names are matched (organisations by name, ids from names):
 * lower case, without accents, punctuation folded to single spaces.
 * "CPAS de Braine-l'Alleud" and "cpas de braine l’alleud" give the same key.
 */
export function normalizeName(name: string): string {
  if (NON_ASCII.test(name)) {
    return name
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim();
  }
  // An ASCII name (nearly every one) has no accents to decompose, and its letters and digits
  // are a-z and 0-9: the same key without the Unicode steps, several times faster. Lower-cased,
  // most ("Service 12") are keys already, which a test tells without making a new string.
  const lower = name.toLowerCase();
  return ASCII_KEY.test(lower) ? lower : lower.replace(/[^a-z0-9]+/g, ' ').trim();
}
