import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { mapMessages } from '../../../src/i18n/messages/map';
import {
  BASEMAP_LAYER,
  BASEMAP_SOURCE,
  buildStyle,
  categoryColorExpression,
  communeNameExpression,
  FONT_STACK,
  glyphsUrl,
  LAYERS,
  SITE_LAYERS,
  SOURCES,
} from '../../../src/map/layers';
import { CATEGORY_COLORS, categoryColor } from '../../../src/map/palette';
import { CATEGORIES } from '../../../src/model/enums';

const FONTS = join(__dirname, '..', '..', '..', 'public', 'fonts');
const GLYPHS = 'http://127.0.0.1/fonts/{fontstack}/{range}.pbf';

describe('the map style', () => {
  it('is a valid MapLibre style with every layer on a source of its own', () => {
    const style = buildStyle({ glyphs: GLYPHS, language: 'fr' });
    expect(validateStyleMin(style)).toEqual([]);
    const sources = new Set(Object.keys(style.sources));
    for (const layer of style.layers) {
      if ('source' in layer) expect(sources.has(layer.source)).toBe(true);
    }
    const ids = style.layers.map((layer) => layer.id);
    for (const id of SITE_LAYERS) expect(ids).toContain(id);
  });

  it('needs no server: GeoJSON sources only, glyphs from the app, no basemap', () => {
    const style = buildStyle({ glyphs: GLYPHS, language: 'fr' });
    for (const source of Object.values(style.sources)) expect(source.type).toBe('geojson');
    expect(style.glyphs).toBe(GLYPHS);
    expect(style.layers.some((layer) => layer.id === LAYERS.basemap)).toBe(false);
    expect(style.sources[SOURCES.sites]).toMatchObject({ type: 'geojson', cluster: true });
  });

  it('labels communes in the interface language, French when no Dutch name', () => {
    expect(communeNameExpression('fr')).toEqual(['get', 'name_fr']);
    expect(communeNameExpression('en')).toEqual(['get', 'name_fr']);
    expect(communeNameExpression('nl')).toEqual([
      'coalesce',
      ['get', 'name_nl'],
      ['get', 'name_fr'],
    ]);
    // Lüttich, Sankt Vith, Weismes in German; the communes without a German name in French.
    expect(communeNameExpression('de')).toEqual([
      'coalesce',
      ['get', 'name_de'],
      ['get', 'name_fr'],
    ]);
    const style = buildStyle({ glyphs: GLYPHS, language: 'nl' });
    const labels = style.layers.find((layer) => layer.id === LAYERS.communeLabels);
    expect(labels?.layout).toMatchObject({
      'text-field': communeNameExpression('nl'),
      'text-font': FONT_STACK,
    });
  });

  it('asks for glyphs under the app’s base, keeping the URL template intact', () => {
    expect(glyphsUrl('http://127.0.0.1:4173/?lang=nl', '/')).toBe(
      'http://127.0.0.1:4173/fonts/{fontstack}/{range}.pbf',
    );
    expect(glyphsUrl('https://example.org/atlas/index.html', '/atlas/')).toBe(
      'https://example.org/atlas/fonts/{fontstack}/{range}.pbf',
    );
  });

  it('keeps the online basemap a valid source and layer, added only on demand', () => {
    const style = buildStyle({ glyphs: GLYPHS, language: 'fr' });
    style.sources[SOURCES.basemap] = BASEMAP_SOURCE;
    style.layers.splice(1, 0, BASEMAP_LAYER);
    expect(validateStyleMin(style)).toEqual([]);
    expect(BASEMAP_SOURCE.tiles).toEqual(['https://tile.openstreetmap.org/{z}/{x}/{y}.png']);
    expect(BASEMAP_SOURCE.attribution).toContain('OpenStreetMap');
  });
});

describe('the category palette', () => {
  it('gives every category its own colour, grey for an unknown one', () => {
    const colours = CATEGORIES.map((category) => CATEGORY_COLORS[category]);
    expect(new Set(colours).size).toBe(CATEGORIES.length);
    expect(categoryColor('health')).toBe(CATEGORY_COLORS.health);
    expect(categoryColor('unknown')).toBe(CATEGORY_COLORS.other);
  });

  it('is what the map draws', () => {
    const expression = categoryColorExpression() as unknown[];
    for (const category of CATEGORIES) {
      const index = expression.indexOf(category);
      expect(index).toBeGreaterThan(1);
      expect(expression[index + 1]).toBe(CATEGORY_COLORS[category]);
    }
  });
});

/** Reads a glyph PBF: { name, range, glyphs: {id, width, height, bitmap length} }. */
function readGlyphs(bytes: Uint8Array) {
  let position = 0;
  const varint = (): number => {
    let result = 0;
    let shift = 0;
    for (;;) {
      const byte = bytes[position++] ?? 0;
      result += (byte & 127) * 2 ** shift;
      if (byte < 128) return result;
      shift += 7;
    }
  };
  const fields = (end: number, onField: (field: number, wire: number, end: number) => void) => {
    while (position < end) {
      const key = varint();
      const wire = key & 7;
      if (wire === 2) {
        const length = varint();
        const fieldEnd = position + length;
        onField(key >> 3, wire, fieldEnd);
        position = fieldEnd;
      } else onField(key >> 3, wire, position);
    }
  };
  const stacks: { name: string; range: string; glyphs: Map<number, Record<string, number>> }[] = [];
  fields(bytes.length, (field, _wire, stackEnd) => {
    if (field !== 1) return;
    const stack = { name: '', range: '', glyphs: new Map<number, Record<string, number>>() };
    stacks.push(stack);
    fields(stackEnd, (stackField, _stackWire, end) => {
      if (stackField === 1) stack.name = new TextDecoder().decode(bytes.subarray(position, end));
      if (stackField === 2) stack.range = new TextDecoder().decode(bytes.subarray(position, end));
      if (stackField !== 3) return;
      const glyph: Record<string, number> = { bitmap: 0 };
      fields(end, (glyphField, glyphWire, bitmapEnd) => {
        if (glyphWire === 2) glyph.bitmap = bitmapEnd - position;
        else
          glyph[['', 'id', '', 'width', 'height', 'left', 'top', 'advance'][glyphField] ?? 'x'] =
            varint();
      });
      stack.glyphs.set(glyph.id ?? -1, glyph);
    });
  });
  return stacks;
}

describe('the glyphs shipped in public/fonts', () => {
  it.each([
    ['0-255', "Liège Chênée Hélécine Büllingen Comines-Warneton 0123456789 ()'"],
    ['256-511', 'Œ œ Ł ł Č č Ş ş'],
    ['8192-8447', '’ – — …'],
  ])('%s draws %s, as 24 px SDFs with a 3 px border', (range, text) => {
    const bytes = new Uint8Array(readFileSync(join(FONTS, FONT_STACK[0] ?? '', `${range}.pbf`)));
    const [stack] = readGlyphs(bytes);
    expect(stack?.range).toBe(range);
    for (const character of text.replace(/\s/g, '')) {
      const glyph = stack?.glyphs.get(character.codePointAt(0) ?? 0);
      expect(glyph, character).toBeDefined();
      const { width = 0, height = 0, bitmap = 0, advance = 0 } = glyph ?? {};
      expect(width).toBeGreaterThan(0);
      expect(advance).toBeGreaterThan(0);
      expect(bitmap).toBe((width + 6) * (height + 6));
    }
  });
});

describe('the map messages', () => {
  it('have the same keys, all filled in, in French, Dutch and English', () => {
    const keys = Object.keys(mapMessages.fr).sort();
    for (const language of ['nl', 'en'] as const) {
      expect(Object.keys(mapMessages[language]).sort()).toEqual(keys);
    }
    for (const messages of Object.values(mapMessages)) {
      for (const text of Object.values(messages)) expect(text.trim()).not.toBe('');
    }
  });
});
