import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldName } from '../../../src/places/names';

describe('foldName', () => {
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
