import type { Language } from '../model/languages';
import { communeName } from '../places/place_names';
import type { CommuneInfo } from '../places/types';
import { foldSearch } from '../text/fold';

/** A commune with its names folded once, for the picker's search. */
export interface CommuneEntry {
  commune: CommuneInfo;
  /** [French, Dutch, German] names, each folded (lower case, no accents). */
  folded: [string, string, string];
}

export function communeEntries(communes: readonly CommuneInfo[]): CommuneEntry[] {
  return communes.map((commune) => ({
    commune,
    folded: [foldSearch(commune.name_fr), foldSearch(commune.name_nl), foldSearch(commune.name_de)],
  }));
}

/** A commune the picker offers, and the other-language name that matched, if any. */
export interface CommuneMatch {
  commune: CommuneInfo;
  name: string;
  /** The French, Dutch or German name that matched, when it differs from `name`. */
  matchedName: string;
}

/**
 * Communes whose French, Dutch or German name matches the typed text, with or without
 * accents: exact names first, then names starting with it, then names with a word starting
 * with it, then names containing it.
 */
export function searchCommunes(
  entries: readonly CommuneEntry[],
  query: string,
  language: Language,
  exclude: readonly string[],
  limit = 12,
): CommuneMatch[] {
  const folded = foldSearch(query);
  if (folded === '') return [];
  const scored: { score: number; match: CommuneMatch }[] = [];
  for (const { commune, folded: names } of entries) {
    if (exclude.includes(commune.nis_code)) continue;
    let best = Number.POSITIVE_INFINITY;
    let bestIndex = -1;
    names.forEach((name, index) => {
      if (name === '') return;
      let score = Number.POSITIVE_INFINITY;
      if (name === folded) score = 0;
      else if (name.startsWith(folded)) score = 1;
      else if (name.includes(` ${folded}`)) score = 2;
      else if (name.includes(folded)) score = 3;
      if (score < best) {
        best = score;
        bestIndex = index;
      }
    });
    if (bestIndex < 0) continue;
    const name = communeName(commune, language);
    const original = [commune.name_fr, commune.name_nl, commune.name_de][bestIndex] ?? '';
    scored.push({
      score: best,
      match: {
        commune,
        name,
        matchedName: foldSearch(original) === foldSearch(name) ? '' : original,
      },
    });
  }
  const compare = new Intl.Collator(language, { sensitivity: 'base' }).compare;
  scored.sort((a, b) => a.score - b.score || compare(a.match.name, b.match.name));
  return scored.slice(0, limit).map(({ match }) => match);
}
