import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadGazetteerSync } from '../../../scripts/lib/load_reference';
import { buildAtlasIndex } from '../../../src/explore/atlas_index';
import { placeFigures, placeProfile } from '../../../src/explore/place_profile';
import { buildSiteRows } from '../../../src/explore/sites';
import type { Indicator } from '../../../src/model/schemas';
import { curatedDataset } from '../ui/render_atlas';

const gazetteer = loadGazetteerSync();
const dataset = curatedDataset();
const sites = buildSiteRows(dataset, (nis) => gazetteer.communeByNis(nis));
const index = buildAtlasIndex(dataset, sites);
const profileOf = (code: string) => placeProfile(code, dataset, index, gazetteer);

/** The legal populations of data/indicators.csv, by commune: the reference the sums must give. */
function populations(): Map<string, number> {
  const text = readFileSync(join(__dirname, '../../../data/indicators.csv'), 'utf8');
  const rows = text.split('\n').filter((line) => /^[^,]+,\d{5},population,/.test(line));
  return new Map(
    rows.map((line) => line.split(',')).map((cells) => [cells[1] ?? '', Number(cells[3])]),
  );
}

describe('the profile of a commune', () => {
  const arlon = profileOf('81001');

  it('names its place, its population, its CPAS and the integration centre covering it', () => {
    expect(arlon?.level).toBe('commune');
    expect(arlon?.communes.map((commune) => commune.name_fr)).toEqual(['Arlon']);
    expect(arlon?.province).toBe('Luxembourg');
    expect(arlon?.arrondissement).toBe('Arlon');
    expect(arlon?.population).toEqual({ value: 30081, years: [2020], complete: true });
    expect(arlon?.cpas.map((org) => org.name)).toEqual(['CPAS de Arlon']);
    // CRILUX's service area is the province of Luxembourg.
    expect(arlon?.integrationCentres.map((org) => org.name)).toEqual([
      expect.stringMatching(/^CRILUX/),
    ]);
  });

  it('counts its sites by category, every site once', () => {
    const count = sites.filter((site) => site.commune?.nis_code === '81001').length;
    expect(arlon?.sites).toHaveLength(count);
    const byCategory = arlon?.byCategory.reduce((sum, group) => sum + group.sites.length, 0);
    expect(byCategory).toBe(count);
  });

  it('sets its province’s figures beside its own, and lists every source with its date', () => {
    expect(arlon?.figures).toEqual([]);
    expect(arlon?.context.map((figure) => [figure.nis_code, figure.indicator])).toContainEqual([
      '80000',
      'displaced_from_ukraine_hosted',
    ]);
    const sources = arlon?.sources ?? [];
    const population = sources.find((source) => source.uses.includes('population'));
    expect(population?.source).toMatch(/^Statbel, legal population on 1 January 2020/);
    expect(population?.consulted).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    for (const site of arlon?.sites ?? []) {
      expect(sources.map((source) => source.source)).toContain(site.service.source);
    }
    for (const point of arlon?.context.flatMap((figure) => figure.points) ?? []) {
      expect(sources.map((source) => source.source)).toContain(point.source);
    }
  });

  it('finds the integration centre that states no area by its site (CRVI in Verviers)', () => {
    const names = profileOf('63079')?.integrationCentres.map((org) => org.name) ?? [];
    expect(names).toEqual(expect.arrayContaining([expect.stringMatching(/^CRVI/)]));
    expect(profileOf('63079')?.integrationCentres.some((org) => /^CRILUX/.test(org.name))).toBe(
      false,
    );
  });
});

describe('the profile of a province', () => {
  const luxembourg = profileOf('80000');

  it('sums its communes’ populations and lists them', () => {
    const reference = populations();
    const communes = gazetteer.communesOfArea('80000');
    expect(luxembourg?.level).toBe('province');
    expect(luxembourg?.communes).toHaveLength(communes.length);
    const sum = communes.reduce(
      (total, commune) => total + (reference.get(commune.nis_code) ?? 0),
      0,
    );
    expect(luxembourg?.population?.value).toBe(sum);
    expect(luxembourg?.communeRows.map((row) => row.commune.nis_code).sort()).toEqual(
      communes.map((commune) => commune.nis_code).sort(),
    );
    expect(luxembourg?.cpas.length).toBe(communes.length);
  });

  it('has its own figures and Wallonia’s beside them', () => {
    expect(luxembourg?.figures.map((figure) => figure.indicator)).toContain(
      'displaced_from_ukraine_hosted',
    );
    expect(luxembourg?.context.every((figure) => figure.nis_code === '03000')).toBe(true);
    expect(luxembourg?.context.length).toBeGreaterThan(0);
  });
});

describe('what has no profile', () => {
  it('is neither a commune nor a province: an arrondissement, Wallonia, an unknown code', () => {
    expect(profileOf('81000')).toBeNull();
    expect(profileOf('03000')).toBeNull();
    expect(profileOf('12345')).toBeNull();
  });
});

describe('a place’s figures', () => {
  const figure = (date: string, value: number, indicator = 'people'): Indicator => ({
    id: `00000000-0000-5000-8000-${String(value).padStart(12, '0')}`,
    nis_code: '81001',
    indicator,
    value,
    unit: 'persons',
    year: Number(date.slice(0, 4)),
    reference_date: date,
    source: 'test',
    source_consulted: '',
    last_verified: '',
  });

  it('orders each series by its date, whatever the order of the rows, one figure per indicator', () => {
    const figures = placeFigures(
      [
        figure('2024-03', 3),
        figure('2024-01', 1),
        figure('2024-02', 2),
        figure('2024-01', 9, 'other'),
      ],
      '81001',
    );
    expect(figures.map((item) => item.indicator)).toEqual(['people', 'other']);
    expect(figures[0]?.points.map((point) => point.value)).toEqual([1, 2, 3]);
    expect(placeFigures([figure('2024-01', 1)], '62063')).toEqual([]);
  });
});
