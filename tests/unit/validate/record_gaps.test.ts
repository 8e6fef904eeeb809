import {
  contactGaps,
  recordGaps,
  twelveMonthsBefore,
  verificationGap,
} from '../../../src/validate/record_gaps';

describe('what a record lacks', () => {
  it('counts twelve months back to the same day, 29 February giving 28 February', () => {
    expect(twelveMonthsBefore('2026-12-07')).toBe('2025-12-07');
    expect(twelveMonthsBefore('2028-02-29')).toBe('2027-02-28');
  });

  it('says a record was never verified, or more than twelve months ago', () => {
    expect(verificationGap('', '2026-12-07')).toBe('neverVerified');
    expect(verificationGap('2025-12-06', '2026-12-07')).toBe('staleVerified');
    expect(verificationGap('2025-12-07', '2026-12-07')).toBeNull();
  });

  it('takes a means of contact the organisation gives for the record’s own', () => {
    const none = { phone: '', email: '', website: '' };
    expect(contactGaps(none)).toEqual(['phone', 'email', 'website']);
    expect(
      contactGaps(none, { phone: '081 24 86 11', email: '', website: 'https://cpas.be' }),
    ).toEqual(['email']);
  });

  it('names every gap of a record once, in one order, judging only the parts it is given', () => {
    const none = { phone: '', email: '', website: '' };
    const bare = { source: '', last_verified: '' };
    expect(recordGaps({ ...bare, contact: none, place: null }, '2026-12-07')).toEqual([
      'phone',
      'email',
      'website',
      'address',
      'source',
      'neverVerified',
    ]);
    const site = { address_1: 'Rue de Dave 165', location_precision: 'exact' };
    expect(
      recordGaps({ source: 'CPAS', last_verified: '2025-12-06', place: site }, '2026-12-07'),
    ).toEqual(['staleVerified']);
    expect(
      recordGaps({ ...bare, place: { ...site, location_precision: 'postcode' } }, '2026-12-07'),
    ).toEqual(['address', 'source', 'neverVerified']);
    expect(
      recordGaps(
        {
          source: 'x',
          last_verified: '2026-12-01',
          contact: none,
          organization: { ...none, phone: '081' },
        },
        '2026-12-07',
      ),
    ).toEqual(['email', 'website']);
  });
});
