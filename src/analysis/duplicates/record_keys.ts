import { foldSearch } from '../../text/fold';

/**
 * Keys under which two records that say the same thing in different ways match: a phone
 * number however it is written, a website with or without its scheme, and how close two
 * names are. Empty keys match nothing.
 */

/** Digits of a Belgian number as dialled at home: "+32 81 24 86 11" → "081248611". */
export function phoneKey(phone: string): string {
  let digits = phone.replace(/\D+/g, '');
  if (phone.trim().startsWith('+') || digits.startsWith('00')) {
    digits = digits.replace(/^00/, '');
    if (digits.startsWith('32')) digits = `0${digits.slice(2)}`;
  }
  // Fewer than 8 digits is an extension or a short number, not one that identifies a body.
  return digits.length >= 8 ? digits : '';
}

/** A website without scheme, "www.", case, query or trailing slash: "https://WWW.cpas.be/" → "cpas.be". */
export function websiteKey(website: string): string {
  const text = website.trim().toLowerCase();
  if (!text) return '';
  return text
    .replace(/^[a-z][a-z0-9+.-]*:\/\//, '')
    .replace(/^www\./, '')
    .replace(/[?#].*$/, '')
    .replace(/\/+$/, '');
}

/**
 * The key of a name: folded as searches fold it, the letters of an acronym written with
 * dots joined ("C.P.A.S. de namur" → "cpas de namur", the key of "CPAS de Namur").
 */
export function nameKey(name: string): string {
  return foldSearch(name).replace(
    /(?<![\p{L}\p{N}])(?:\p{L} )+\p{L}(?![\p{L}\p{N}])/gu,
    (letters) => letters.replaceAll(' ', ''),
  );
}

/** A name's letter pairs and how many there are: made once per name, compared with many. */
export interface NameProfile {
  pairs: Map<string, number>;
  total: number;
}

/** The letter pairs of a name key, padded with a space so that first and last letters count. */
export function nameProfile(key: string): NameProfile {
  const padded = ` ${key} `;
  const pairs = new Map<string, number>();
  for (let index = 0; index < padded.length - 1; index++) {
    const pair = padded.slice(index, index + 2);
    pairs.set(pair, (pairs.get(pair) ?? 0) + 1);
  }
  return { pairs, total: key ? padded.length - 1 : 0 };
}

/**
 * How alike two names are, from 0 to 1: the Sørensen–Dice coefficient of their letter
 * pairs. 1 for equal names; 0 when either is empty.
 */
export function profileSimilarity(a: NameProfile, b: NameProfile): number {
  if (a.total === 0 || b.total === 0) return 0;
  const [small, large] = a.pairs.size <= b.pairs.size ? [a, b] : [b, a];
  let shared = 0;
  for (const [pair, count] of small.pairs) shared += Math.min(count, large.pairs.get(pair) ?? 0);
  return (2 * shared) / (a.total + b.total);
}

/** How alike two name keys are (see profileSimilarity). */
export function nameSimilarity(a: string, b: string): number {
  if (!a || !b) return 0;
  if (a === b) return 1;
  return profileSimilarity(nameProfile(a), nameProfile(b));
}
