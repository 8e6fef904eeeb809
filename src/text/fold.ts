/**
 * Text folded into keys, so that what people write in different ways matches. Two keys
 * differ in what they keep:
 * - `foldAscii`: lower-case ASCII letters and digits only, for the words a vocabulary knows
 *   (column headers, category and language names): "Code_Postal" → "code postal";
 * - `foldName`: the letters and digits of any script, for names (organisations, places,
 *   and the stable ids made from names): "CPAS de Braine-l'Alleud"
 *   → "cpas de braine l alleud", "Київ" → "київ".
 * - `foldSearch`: `foldName` that also spells out the letters people type as two
 *   ("Cœur" → "coeur", "Straße" → "strasse"), for what the user searches and what is searched.
 * All are lower case without accents, with words one space apart and no space around them.
 */

/** "Code postal", "code_postal" and "CODE-POSTAL" all become "code postal". */
export function foldAscii(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

const NON_ASCII = /[\u0080-\uffff]/;
/** Words of lower-case ASCII letters and digits, one space apart: a key already. */
const ASCII_KEY = /^[a-z0-9]+(?: [a-z0-9]+)*$/;

/**
 * The key under which names are matched: "CPAS de Braine-l'Alleud" and
 * "cpas de braine l’alleud" give the same key. Its output must never change: the stable
 * ids of imported records (UUID v5) are made from it.
 */
export function foldName(name: string): string {
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

/** Letters that no accent-stripping turns into what people type: ligatures and the like. */
const SPELLED_OUT: Readonly<Record<string, string>> = {
  œ: 'oe',
  Œ: 'oe',
  æ: 'ae',
  Æ: 'ae',
  ß: 'ss',
  ẞ: 'ss',
  ĳ: 'ij',
  Ĳ: 'ij',
  ø: 'o',
  Ø: 'o',
  ł: 'l',
  Ł: 'l',
};
const SPELLED_OUT_LETTER = /[œŒæÆßẞĳĲøØłŁ]/;
const SPELLED_OUT_LETTERS = /[œŒæÆßẞĳĲøØłŁ]/g;

/**
 * The key of the free-text searches (the filter, the commune and organisation pickers, the
 * network's search): `foldName`, with ligatures and letters such as ß spelled out, so that
 * "coeur" finds "Cœur" and "Cœur" finds "Coeur". Not for ids: their key is `foldName`'s.
 */
export function foldSearch(text: string): string {
  return foldName(
    SPELLED_OUT_LETTER.test(text)
      ? text.replace(SPELLED_OUT_LETTERS, (letter) => SPELLED_OUT[letter] ?? letter)
      : text,
  );
}
