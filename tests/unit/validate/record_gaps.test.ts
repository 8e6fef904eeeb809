import {
  contactGaps,
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
});
