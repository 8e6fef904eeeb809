import fc from 'fast-check';
import { foldAscii, foldName, foldSearch } from '../../../src/text/fold';

/** The rule itself, through the Unicode steps for every name (foldName skips them for ASCII). */
function reference(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

describe('foldName', () => {
  it('folds case, accents and punctuation', () => {
    expect(foldName("CPAS de Braine-l'Alleud")).toBe('cpas de braine l alleud');
    expect(foldName('cpas de braine l’alleud')).toBe('cpas de braine l alleud');
    expect(foldName('  Liège\t(centre) ')).toBe('liege centre');
  });

  it('gives the key of the Unicode rule for any name, ASCII or not', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: 'binary-ascii', maxLength: 60 }),
          fc.string({ unit: 'grapheme', maxLength: 60 }),
        ),
        (name) => {
          expect(foldName(name)).toBe(reference(name));
        },
      ),
      { numRuns: 2000 },
    );
  });
});

describe('foldName, of place names', () => {
  it('ignores case and accents', () => {
    expect(foldName('LIÈGE')).toBe('liege');
    expect(foldName('Liège')).toBe(foldName('Liege'));
    expect(foldName('Lüttich')).toBe('luttich');
    expect(foldName('Écaussinnes')).toBe('ecaussinnes');
  });

  it('turns hyphens, apostrophes and dots into single spaces and trims', () => {
    expect(foldName("Braine-l'Alleud")).toBe('braine l alleud');
    expect(foldName('Braine l Alleud')).toBe('braine l alleud');
    expect(foldName('  Braine  –  l’Alleud. ')).toBe('braine l alleud');
    expect(foldName('St.-Vith')).toBe('st vith');
    expect(foldName('Ottignies-Louvain-la-Neuve')).toBe('ottignies louvain la neuve');
  });

  it('is idempotent', () => {
    fc.assert(fc.property(fc.string(), (name) => foldName(foldName(name)) === foldName(name)));
  });
});

describe('foldAscii', () => {
  it('ignores case, accents, spaces, hyphens and underscores', () => {
    expect(foldAscii('Code postal')).toBe('code postal');
    expect(foldAscii('code_postal')).toBe('code postal');
    expect(foldAscii('CODE-POSTAL')).toBe('code postal');
    expect(foldAscii('  Code   Postal  ')).toBe('code postal');
    expect(foldAscii('Catégorie')).toBe('categorie');
    expect(foldAscii('Téléphone')).toBe('telephone');
    expect(foldAscii('Längengrad')).toBe('langengrad');
    expect(foldAscii("Nom de l'organisation")).toBe('nom de l organisation');
    expect(foldAscii('E-mail')).toBe('e mail');
  });

  it('is idempotent', () => {
    for (const header of ['Code postal', 'Catégorie', 'x_Lambert-72', ' Site web ']) {
      expect(foldAscii(foldAscii(header))).toBe(foldAscii(header));
    }
  });
});

describe('foldSearch', () => {
  it('spells out ligatures and ß, so that what people type finds the name', () => {
    expect(foldSearch('Cœur de Wallonie')).toBe('coeur de wallonie');
    expect(foldSearch('COEUR')).toBe(foldSearch('Cœur'));
    expect(foldSearch('Æsthetik')).toBe('aesthetik');
    expect(foldSearch('Hauptstraße')).toBe('hauptstrasse');
    expect(foldSearch('Łódź')).toBe('lodz');
    expect(foldSearch('Liège')).toBe('liege');
  });

  it('is foldName for text without such letters, and leaves foldName as it was', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), (text) => {
        if (!/[œŒæÆßẞĳĲøØłŁ]/.test(text)) expect(foldSearch(text)).toBe(foldName(text));
      }),
    );
    // The ids' key is unchanged: ligatures stay ligatures there.
    expect(foldName('Cœur')).toBe('cœur');
  });

  it('is idempotent', () => {
    fc.assert(
      fc.property(fc.string(), (text) => foldSearch(foldSearch(text)) === foldSearch(text)),
    );
  });
});
