import type { AtlasState } from './atlas_store';

let last: { key: readonly unknown[]; communes: readonly string[] } | null = null;

/**
 * The communes the selected site's service serves (its service area expanded to its
 * communes), for the map to outline; none when no site is selected or its service states
 * no area. Looked up again only when the selection, the sites or the gazetteer change.
 */
export function selectServiceAreaCommunes(state: AtlasState): readonly string[] {
  const { selection, sites, gazetteer } = state;
  const key = [selection, sites, gazetteer];
  if (last?.key.every((value, index) => value === key[index])) return last.communes;
  const site =
    selection?.kind === 'site' ? sites.find((row) => row.id === selection.id) : undefined;
  const area = site?.service.service_area ?? [];
  const communes =
    gazetteer && area.length > 0
      ? [...new Set(area.flatMap((code) => gazetteer.communesOfArea(code).map((c) => c.nis_code)))]
      : [];
  last = { key, communes };
  return communes;
}
