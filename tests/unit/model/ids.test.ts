import fc from 'fast-check';
import { v5 as uuidv5 } from 'uuid';
import { ATLAS_NAMESPACE, isUuid, stableId, uuidV5 } from '../../../src/model/ids';

describe('stable ids', () => {
  it('are the UUID v5 the uuid package computes, for any name', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (name) => {
        expect(uuidV5(name)).toBe(uuidv5(name, ATLAS_NAMESPACE));
      }),
      { numRuns: 500 },
    );
  });

  it('are the UUID v5 of the kind and key parts joined, for any parts', () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ unit: 'grapheme', maxLength: 80 }), { maxLength: 6 }),
        (parts) => {
          expect(stableId('location', ...parts)).toBe(
            uuidv5(`location:${parts.join('\u001f')}`, ATLAS_NAMESPACE),
          );
        },
      ),
      { numRuns: 500 },
    );
  });

  it('match the RFC test vector for python.org in the DNS namespace', () => {
    const dns = Uint8Array.from('6ba7b8109dad11d180b400c04fd430c8'.match(/../g) ?? [], (pair) =>
      Number.parseInt(pair, 16),
    );
    expect(uuidV5('www.example.com', dns)).toBe('2ed6657d-e927-568b-95e1-2665a8aea6a2');
  });

  it('are the same for the same key and differ by kind', () => {
    expect(stableId('organization', 'cpas de liege')).toBe(
      stableId('organization', 'cpas de liege'),
    );
    expect(stableId('organization', 'x')).not.toBe(stableId('service', 'x'));
    expect(stableId('service', 'a', 'bc')).not.toBe(stableId('service', 'ab', 'c'));
    expect(isUuid(stableId('location', 'x'))).toBe(true);
  });
});
