import fc from 'fast-check';
import { trimmed } from '../../../src/import/record_builders';

describe('trimmed', () => {
  it('is the trimmed text, or empty when absent', () => {
    expect(trimmed(undefined)).toBe('');
    expect(trimmed('  a b \u00a0')).toBe('a b');
    expect(trimmed('\ufeffx\u3000')).toBe('x');
  });

  it('gives what String.prototype.trim gives, for any text', () => {
    const edge = fc.constantFrom(
      ' ',
      '\t',
      '\n',
      '\u00a0',
      '\u2028',
      '\ufeff',
      '\u3000',
      'a',
      '~',
      '!',
      'é',
    );
    fc.assert(
      fc.property(edge, fc.string({ maxLength: 8 }), edge, (start, middle, end) => {
        const text = `${start}${middle}${end}`;
        expect(trimmed(text)).toBe(text.trim());
      }),
      { numRuns: 2000 },
    );
  });
});
