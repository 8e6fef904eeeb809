/** Strict parsing of one coordinate number as written in a file. */

const NUMBER = /^[+-]?(?:\d+(?:[.,]\d*)?|[.,]\d+)(?:[eE][+-]?\d+)?$/;

/**
 * Parses '50.4', '50,4' (decimal comma), ' 50.4 ', '-3', '1.5e5'.
 * Returns null for '', 'abc', '50.4.3', '1,234.5', 'NaN', 'Infinity' and anything not finite.
 */
export function parseCoordinateNumber(text: string): number | null {
  const trimmed = text.trim();
  if (!NUMBER.test(trimmed)) return null;
  const value = Number(trimmed.replace(',', '.'));
  return Number.isFinite(value) ? value : null;
}
