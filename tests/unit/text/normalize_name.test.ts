import fc from 'fast-check';
import { normalizeName } from '../../../src/text/normalize_name';

/** The rule itself, through the Unicode steps for every name (normalizeName skips them for ASCII). */
function reference(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

describe('normalizeName', () => {
  it('folds case, accents and punctuation', () => {
    expect(normalizeName("CPAS de Braine-l'Alleud")).toBe('cpas de braine l alleud');
    expect(normalizeName('cpas de braine l’alleud')).toBe('cpas de braine l alleud');
    expect(normalizeName('  Liège\t(centre) ')).toBe('liege centre');
  });

  it('gives the key of the Unicode rule for any name, ASCII or not', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: 'binary-ascii', maxLength: 60 }),
          fc.string({ unit: 'grapheme', maxLength: 60 }),
        ),
        (name) => {
          expect(normalizeName(name)).toBe(reference(name));
        },
      ),
      { numRuns: 2000 },
    );
  });
});
