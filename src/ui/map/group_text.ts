import type { TFunction } from 'i18next';
import type { SiteGroup } from '../../map/site_groups';
import type { Language } from '../../model/languages';
import { communeName } from '../../places/place_names';

/** Where a group of sites is, and what it holds, in the interface language. */
export interface GroupText {
  /** The commune (or the address, for sites at one address). */
  place: string;
  /** "8 sites in the municipality, address not known". */
  summary: string;
}

/** The words for a group of sites drawn as one symbol: its place and what it holds. */
export function groupText(group: SiteGroup, t: TFunction, language: Language): GroupText {
  const first = group.sites[0];
  const count = group.sites.length;
  const location = first?.location;
  if (!group.inArea) {
    const address = [location?.address_1, location?.city].filter(Boolean).join(', ');
    return {
      place: address || location?.name || '',
      summary: t('map:groupAtAddress', { count }),
    };
  }
  const place = first?.commune ? communeName(first.commune, language) : (location?.city ?? '');
  const summary =
    location?.location_precision === 'postcode'
      ? t('map:groupAtPostcode', { count, postcode: location.postal_code })
      : t('map:groupInCommune', { count });
  return { place, summary };
}
