import { readFileSync } from 'node:fs';
import type { FeatureCollection } from 'geojson';
import { loadGazetteerSync } from '../../../scripts/lib/load_reference';
import { areaLevel, arrondissementCode, provinceCode } from '../../../src/places/areas';
import { areaName, communeName, namedCommunes } from '../../../src/places/place_names';

const gazetteer = loadGazetteerSync();

describe('areaLevel', () => {
  it('tells a REFNIS code by its level', () => {
    expect(areaLevel('62063')).toBe('commune');
    expect(areaLevel('62000')).toBe('arrondissement');
    expect(areaLevel('20002')).toBe('province');
    expect(areaLevel('80000')).toBe('province');
    expect(areaLevel('03000')).toBe('region');
    expect(areaLevel('01000')).toBe('country');
    expect(areaLevel('6206')).toBeNull();
    expect(areaLevel('liège')).toBeNull();
  });

  it('finds every Walloon commune its arrondissement and its province', () => {
    for (const commune of gazetteer.communes) {
      const arrondissement = gazetteer.areaByNis(arrondissementCode(commune.nis_code));
      const province = gazetteer.areaByNis(provinceCode(commune.nis_code));
      expect(arrondissement?.level).toBe('arrondissement');
      expect(arrondissement?.name_fr).toBe(commune.arrondissement);
      expect(province?.level).toBe('province');
      expect(province?.name_fr).toBe(commune.province);
    }
  });
});

describe('the gazetteer’s areas', () => {
  it('expands a unit to its communes, as the sources count them', () => {
    // The CRIPEL's territory: "the arrondissements of Liège, Huy and Waremme (55 communes)".
    const cripel = ['61000', '62000', '64000'].flatMap((code) => gazetteer.communesOfArea(code));
    expect(cripel).toHaveLength(55);
    // The CRIBW's: "the 27 communes of Brabant wallon".
    expect(gazetteer.communesOfArea('20002')).toHaveLength(27);
    expect(gazetteer.communesOfArea('03000')).toHaveLength(261);
    expect(gazetteer.communesOfArea('62063').map((commune) => commune.name_fr)).toEqual(['Liège']);
    expect(gazetteer.communesOfArea('99999')).toEqual([]);
  });

  it('lists the 20 arrondissements, 5 provinces and Wallonia', () => {
    const levels = gazetteer.areas.map((area) => area.level);
    expect(levels.filter((level) => level === 'arrondissement')).toHaveLength(20);
    expect(levels.filter((level) => level === 'province')).toHaveLength(5);
    expect(levels.filter((level) => level === 'region')).toHaveLength(1);
  });

  it('reads a name as a commune first, a province or arrondissement when a word says so', () => {
    const codes = (name: string) => gazetteer.areasByName(name).map((area) => area.nis_code);
    expect(codes('Huy')).toEqual(['61031']);
    expect(codes('arrondissement de Huy')).toEqual(['61000']);
    expect(codes('Province de Luxembourg')).toEqual(['80000']);
    expect(codes('provincie Luik')).toEqual(['60000']);
    expect(codes('LUTTICH')).toEqual(['62063']);
    expect(codes('Brabant wallon')).toEqual(['20002']);
    expect(codes('Wallonie')).toEqual(['03000']);
    expect(codes('Atlantis')).toEqual([]);
  });
});

describe('the provinces’ and arrondissements’ names', () => {
  it('are in Dutch and German as the REFNIS labels of the boundary files give them', () => {
    const labels = (file: string) =>
      (
        JSON.parse(readFileSync(`data/reference/${file}.geojson`, 'utf8')) as FeatureCollection
      ).features.map((feature) => feature.properties as Record<string, string>);
    for (const properties of [...labels('provinces'), ...labels('arrondissements')]) {
      const area = gazetteer.areaByNis(properties.nis_code ?? '');
      const prefix = /^(Provincie|Provinz|Arrondissement|Bezirk) /;
      expect(area?.name_nl).toBe(properties.label_nl?.replace(prefix, ''));
      expect(area?.name_de).toBe(properties.label_de?.replace(prefix, ''));
    }
  });
});

describe('a place’s name in the interface language', () => {
  const area = (code: string) => {
    const found = gazetteer.areaByNis(code);
    if (!found) throw new Error(code);
    return found;
  };
  const commune = (code: string) => {
    const found = gazetteer.communesOfArea(code)[0];
    if (!found) throw new Error(code);
    return found;
  };

  it('names the communes in German where they have a German name, else in French', () => {
    expect(communeName(commune('62063'), 'de')).toBe('Lüttich');
    expect(communeName(commune('63067'), 'de')).toBe('Sankt Vith');
    expect(communeName(commune('63080'), 'de')).toBe('Weismes');
    expect(communeName(commune('81001'), 'de')).toBe('Arlon');
    expect(communeName(commune('62063'), 'nl')).toBe('Luik');
    expect(communeName(commune('62063'), 'en')).toBe('Liège');
    expect(areaName(area('62063'), 'de')).toBe('Lüttich');
  });

  it('lists the communes in a language, sorted as that language sorts them', () => {
    const names = (language: 'fr' | 'nl') =>
      namedCommunes(gazetteer.communes, language).map((commune) => commune.name);
    const dutch = names('nl');
    expect(dutch).toContain('Namen');
    expect(dutch).not.toContain('Namur');
    expect(dutch.indexOf('Luik')).toBeLessThan(dutch.indexOf('Namen'));
    const french = names('fr');
    expect(french).toHaveLength(gazetteer.communes.length);
    // "Léglise" sorts before "Lens", not after "Lontzen" as a code point order would put it.
    expect(french.indexOf('Léglise')).toBeGreaterThan(-1);
    expect(french.indexOf('Léglise')).toBeLessThan(french.indexOf('Lens'));
  });

  it('names the provinces, arrondissements and Wallonia in German', () => {
    expect(areaName(area('60000'), 'de')).toBe('Lüttich');
    expect(areaName(area('50000'), 'de')).toBe('Hennegau');
    expect(areaName(area('20002'), 'de')).toBe('Wallonisch-Brabant');
    expect(areaName(area('62000'), 'de')).toBe('Lüttich');
    expect(areaName(area('03000'), 'de')).toBe('Wallonie');
    expect(areaName(area('03000'), 'nl')).toBe('Wallonië');
    expect(areaName(area('03000'), 'en')).toBe('Wallonia');
  });
});
