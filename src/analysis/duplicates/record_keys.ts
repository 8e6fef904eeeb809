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

function bigrams(key: string): Map<string, number> {
  const padded = ` ${key} `;
  const counts = new Map<string, number>();
  for (let index = 0; index < padded.length - 1; index++) {
    const pair = padded.slice(index, index + 2);
    counts.set(pair, (counts.get(pair) ?? 0) + 1);
  }
  return counts;
}

/**
 * How alike two name keys are, from 0 to 1: the Sørensen–Dice coefficient of their
 * letter pairs (each key padded with a space, so that first and last letters count).
 * 1 for equal keys; 0 when either is empty.
 */
export function nameSimilarity(a: string, b: string): number {
  if (!a || !b) return 0;
  if (a === b) return 1;
  const left = bigrams(a);
  const right = bigrams(b);
  let shared = 0;
  let total = 0;
  for (const count of left.values()) total += count;
  for (const [pair, count] of right) {
    total += count;
    shared += Math.min(count, left.get(pair) ?? 0);
  }
  return (2 * shared) / total;
}
