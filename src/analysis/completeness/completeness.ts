import type { SiteRow } from '../../explore/sites';
import { contactGaps, verificationGap } from '../../validate/record_gaps';

/**
 * How complete, precise and fresh the data is, per commune or per category, counted over
 * the sites the filters keep (a site: one service at one place, as the table lists them).
 * Each figure keeps the sites it counts, so that the user can open them.
 */

/** The figures of one group, in the order the view shows them. */
export const FIGURES = [
  'services',
  'sites',
  'exact',
  'postcode',
  'commune',
  'noPhone',
  'noEmail',
  'noWebsite',
  'noSource',
  'neverVerified',
  'staleVerified',
] as const;
export type Figure = (typeof FIGURES)[number];

export type Grouping = 'commune' | 'category';
export const GROUPINGS: readonly Grouping[] = ['commune', 'category'];

export interface CompletenessGroup {
  /** A NIS code, a category code, '' for the sites without a commune, or '*' for all. */
  key: string;
  /** The sites each figure counts (for `services`: every site of the group). */
  rows: Readonly<Record<Figure, readonly SiteRow[]>>;
  /** The figure: how many sites, or for `services` how many distinct services. */
  counts: Readonly<Record<Figure, number>>;
}

const CONTACT_FIGURES = { phone: 'noPhone', email: 'noEmail', website: 'noWebsite' } as const;

/** Which figures a site counts in, besides `services` and `sites` (`today`: an ISO date). */
export function siteGaps(site: SiteRow, today: string): Figure[] {
  const { service, organization, location } = site;
  const gaps: Figure[] = [];
  const precision = location?.location_precision;
  if (precision === 'exact' || precision === 'postcode' || precision === 'commune') {
    gaps.push(precision);
  }
  const own = { phone: service.phone, email: service.email, website: service.url };
  for (const gap of contactGaps(own, organization)) gaps.push(CONTACT_FIGURES[gap]);
  if (!service.source || (location && !location.source)) gaps.push('noSource');
  const verification = verificationGap(service.last_verified, today);
  if (verification) gaps.push(verification);
  return gaps;
}

function groupKey(site: SiteRow, grouping: Grouping): string {
  return grouping === 'commune' ? (site.commune?.nis_code ?? '') : site.service.category;
}

function emptyRows(): Record<Figure, SiteRow[]> {
  return Object.fromEntries(FIGURES.map((figure) => [figure, []])) as unknown as Record<
    Figure,
    SiteRow[]
  >;
}

function group(key: string, rows: Record<Figure, SiteRow[]>): CompletenessGroup {
  const counts = Object.fromEntries(
    FIGURES.map((figure) => [figure, rows[figure].length]),
  ) as Record<Figure, number>;
  counts.services = new Set(rows.services.map((site) => site.service.id)).size;
  return { key, rows, counts };
}

/**
 * The figures per commune (or category) of `sites`, the groups in first-seen order, and
 * those of all the sites together (key '*'). `today` is an ISO date: a site last verified
 * before the same day a year earlier counts as `staleVerified`.
 */
export function completeness(
  sites: readonly SiteRow[],
  grouping: Grouping,
  today: string,
): { groups: CompletenessGroup[]; total: CompletenessGroup } {
  const byKey = new Map<string, Record<Figure, SiteRow[]>>();
  const all = emptyRows();
  for (const site of sites) {
    const key = groupKey(site, grouping);
    let rows = byKey.get(key);
    if (!rows) {
      rows = emptyRows();
      byKey.set(key, rows);
    }
    for (const figure of ['services', 'sites', ...siteGaps(site, today)] as Figure[]) {
      rows[figure].push(site);
      all[figure].push(site);
    }
  }
  return {
    groups: [...byKey].map(([key, rows]) => group(key, rows)),
    total: group('*', all),
  };
}
