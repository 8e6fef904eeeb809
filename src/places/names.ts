/**
 * Name folding for matching place names written in different ways:
 * "Liège", "LIEGE", "liege" and "Braine-l'Alleud", "Braine l Alleud" fold to the same key.
 */

const COMBINING_MARKS = /\p{M}+/gu;
/** Hyphens and dashes, apostrophes and quotes, dots and underscores become word breaks. */
const SEPARATORS = /[-‐‑‒–—_'’‘ʼ`´.]+/g;
const SPACES = /\s+/g;

/** Lowercase, strip accents, turn hyphens/apostrophes/dots into spaces, collapse spaces, trim. */
export function foldName(name: string): string {
  return name
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .toLowerCase()
    .replace(SEPARATORS, ' ')
    .replace(SPACES, ' ')
    .trim();
}
