/**
 * The day the shared sources were read, as the shared folder's README states it
 * ("everything here was gathered and read on 2026-11-28"): every bundled record's
 * `source_consulted`. Reading a source is not verifying a record with its organisation:
 * `last_verified` stays empty. Throws when the README states no such day.
 */
export function consultedDate(readme: string): string {
  const match = /gathered and read on (\d{4}-\d{2}-\d{2})\b/.exec(readme.replace(/\s+/g, ' '));
  if (!match?.[1]) {
    throw new Error(
      'data/sources/README_shared_data.md does not say when the sources were read ("gathered and read on YYYY-MM-DD")',
    );
  }
  return match[1];
}
