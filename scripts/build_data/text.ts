/** Small text helpers shared by the builders. Pure. */
import { foldAscii } from '../../src/text/fold';

/** Where the copies of the source files live, relative to the repository root. */
export const SOURCES_DIR = 'data/sources';

/** The repository path of a copied source file, e.g. `data/sources/services/cri_wallonia.csv`. */
export function sourceFile(relativePath: string): string {
  return `${SOURCES_DIR}/${relativePath}`;
}

/** Joins the non-empty parts. */
export function joinParts(parts: readonly string[], separator = '; '): string {
  return parts
    .map((part) => part.trim())
    .filter((part) => part !== '')
    .join(separator);
}

/** "url (date)", the url alone when undated, or '' when there is no url. */
export function citation(url: string, date: string): string {
  if (!url.trim()) return '';
  return date.trim() ? `${url.trim()} (${date.trim()})` : url.trim();
}

/**
 * A website as a link: kept as given when it has a scheme; a bare domain or path
 * (`www.swl.be`, `luxembourg.lire-et-ecrire.be`) gets `https://`, as the validator would do.
 * Anything with a space is not a link and is returned as ''.
 */
export function websiteUrl(raw: string): string {
  const value = raw.trim();
  if (value === '') return '';
  if (/^https?:\/\//i.test(value)) return value;
  if (/\s/.test(value) || !/^[a-z0-9-]+(\.[a-z0-9-]+)+(\/\S*)?$/i.test(value)) return '';
  return `https://${value}`;
}

/**
 * Splits a source row's notes into what describes the record and how its commune was
 * derived: the services files append " | commune derived from locality …" to `notes`.
 */
export function splitNotes(notes: string): { description: string; derivation: string } {
  const parts = notes.split(' | ').map((part) => part.trim());
  const derivation = parts.filter((part) => part.startsWith('commune derived'));
  const description = parts.filter((part) => part !== '' && !part.startsWith('commune derived'));
  return { description: description.join(' '), derivation: derivation.join('; ') };
}

/** A plain ASCII slug for build keys: "Lire et Écrire Namur" → "lire_et_ecrire_namur". */
export function slug(text: string): string {
  return foldAscii(text).replaceAll(' ', '_');
}
