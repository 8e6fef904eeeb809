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
