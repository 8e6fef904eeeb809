/**
 * What a record lacks, by the rules every view and export of completeness applies: the
 * completeness figures, a partner's "to check" list and any workbook that names gaps read
 * them here, so that they count the same things.
 */

/** The day twelve months before `today` (ISO dates); 29 February gives 28 February. */
export function twelveMonthsBefore(today: string): string {
  const [year, month, day] = today.split('-').map(Number) as [number, number, number];
  const lastDay = new Date(Date.UTC(year - 1, month, 0)).getUTCDate();
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${String(year - 1).padStart(4, '0')}-${pad(month)}-${pad(Math.min(day, lastDay))}`;
}

/**
 * Whether a record was never verified with the organisation, or last verified more than
 * twelve months before `today` (ISO dates); null when it was verified within the year.
 */
export function verificationGap(
  lastVerified: string,
  today: string,
): 'neverVerified' | 'staleVerified' | null {
  if (!lastVerified) return 'neverVerified';
  return lastVerified < twelveMonthsBefore(today) ? 'staleVerified' : null;
}

/** How a record can be reached: a service's own, or an organisation's (its `website`). */
export interface Contact {
  phone: string;
  email: string;
  website: string;
}

/** The means of contact that neither the record nor (when given) its organisation gives. */
export function contactGaps(
  own: Contact,
  organization?: Contact,
): ('phone' | 'email' | 'website')[] {
  const gaps: ('phone' | 'email' | 'website')[] = [];
  if (!own.phone && !organization?.phone) gaps.push('phone');
  if (!own.email && !organization?.email) gaps.push('email');
  if (!own.website && !organization?.website) gaps.push('website');
  return gaps;
}

/** What a record can lack, in the order every list of gaps names them. */
export const RECORD_GAPS = [
  'phone',
  'email',
  'website',
  'address',
  'source',
  'neverVerified',
  'staleVerified',
] as const;
export type RecordGap = (typeof RECORD_GAPS)[number];

/** Where a site is: it has its address once a street address is placed exactly. */
export interface Place {
  address_1: string;
  location_precision: string;
}

/** The parts of a record judged for gaps; a part left out (a site's contact) is not judged. */
export interface Checked {
  /** The record's own means of contact (an organisation's, a service's). */
  contact?: Contact;
  /** Its organisation's, which stand in for the record's own. */
  organization?: Contact;
  /** Its place (a site, or a service's site); `null`: a service placed nowhere. */
  place?: Place | null;
  source: string;
  last_verified: string;
}

/**
 * What a record lacks (`today`: an ISO date), in `RECORD_GAPS` order: a means of contact
 * neither it nor its organisation gives, an exactly placed address, a source, a
 * verification within the last twelve months.
 */
export function recordGaps(record: Checked, today: string): RecordGap[] {
  const gaps: RecordGap[] = record.contact ? contactGaps(record.contact, record.organization) : [];
  const { place } = record;
  if (place !== undefined && (!place?.address_1 || place.location_precision !== 'exact')) {
    gaps.push('address');
  }
  if (!record.source) gaps.push('source');
  const verification = verificationGap(record.last_verified, today);
  if (verification) gaps.push(verification);
  return gaps;
}
