import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCoordinateNumber } from '../../../src/places/coordinates';

describe('parseCoordinateNumber', () => {
  it('reads decimal points, decimal commas, signs and surrounding spaces', () => {
    expect(parseCoordinateNumber('50.4')).toBe(50.4);
    expect(parseCoordinateNumber('50,4')).toBe(50.4);
    expect(parseCoordinateNumber(' 50.4 ')).toBe(50.4);
    expect(parseCoordinateNumber('-3.25')).toBe(-3.25);
    expect(parseCoordinateNumber('+4')).toBe(4);
    expect(parseCoordinateNumber('185000')).toBe(185000);
    expect(parseCoordinateNumber('1.5e5')).toBe(150000);
  });

  it('rejects empty, non-numeric and malformed text', () => {
    for (const text of [
      '',
      '  ',
      'abc',
      '50.4.3',
      '50,4,3',
      '1,234.5',
      'NaN',
      'Infinity',
      '-',
      '50.4N',
      '0x10',
    ]) {
      expect(parseCoordinateNumber(text), text).toBeNull();
    }
  });

  it('reads back any finite number it is given as text', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (value) => {
        expect(parseCoordinateNumber(String(value)) === value).toBe(true);
      }),
    );
  });
});
