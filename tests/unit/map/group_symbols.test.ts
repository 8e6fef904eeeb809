import { type ExpressionSpecification, expression, latest } from '@maplibre/maplibre-gl-style-spec';
import {
  parseSymbolId,
  SHARE_STEPS,
  symbolImageExpression,
  symbolParts,
} from '../../../src/map/group_symbols';
import { buildStyle, LAYERS, siteCountExpression } from '../../../src/map/layers';
import { CATEGORY_COLORS } from '../../../src/map/palette';
import { CATEGORIES } from '../../../src/model/enums';

/** What MapLibre computes for a layout property of a symbol layer, for one feature. */
function evaluate(
  property: 'icon-image' | 'text-field',
  value: unknown,
  properties: Record<string, unknown>,
): string {
  const compiled = expression.createExpression(value, latest.layout_symbol[property] as never);
  if (compiled.result !== 'success') throw new Error(JSON.stringify(compiled.value));
  const result = compiled.value.evaluate(
    { zoom: 8 } as never,
    {
      type: 'Point',
      properties,
    } as never,
  );
  return String(result);
}

describe('the symbols of clusters and groups', () => {
  it('name an image by shape, size and each category’s share, a small share never lost', () => {
    const cluster = { sites: 1000, n_social_aid: 990, n_language: 9, n_legal: 1 };
    const id = evaluate('icon-image', symbolImageExpression('ring'), cluster);
    const spec = parseSymbolId(id);
    expect(spec?.shape).toBe('ring');
    expect(spec?.size).toBe(3);
    const shares = Object.fromEntries(
      CATEGORIES.map((category, at) => [category, spec?.shares[at]]),
    );
    expect(shares).toMatchObject({ social_aid: SHARE_STEPS, language: 1, legal: 1, housing: 0 });
  });

  it('draws a commune’s sites as a badge, sites at one address as a ring', () => {
    const style = buildStyle({ glyphs: 'http://x/{fontstack}/{range}.pbf', language: 'fr' });
    const groups = style.layers.find((layer) => layer.id === LAYERS.groups);
    const image =
      groups?.layout && 'icon-image' in groups.layout ? groups.layout['icon-image'] : '';
    const badge = evaluate('icon-image', image, { sites: 3, n_housing: 3, precision: 'commune' });
    const ring = evaluate('icon-image', image, { sites: 2, n_housing: 2, precision: 'exact' });
    expect(parseSymbolId(badge)?.shape).toBe('badge');
    expect(parseSymbolId(ring)?.shape).toBe('ring');
  });

  it('reads back only the names it makes', () => {
    expect(parseSymbolId('atlas-group/ring/9/1,2')).toBeNull();
    expect(parseSymbolId('atlas-group/star/0/0,0,0,0,0,0,0,0,0,0,0,1')).toBeNull();
    expect(parseSymbolId('marker-15')).toBeNull();
    expect(parseSymbolId('atlas-group/badge/0/0,0,0,0,0,0,0,0,0,0,0,24')).toEqual({
      shape: 'badge',
      size: 0,
      shares: [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 24],
    });
  });

  it('gives each category a part as large as its share, in the legend’s order', () => {
    const parts = symbolParts([18, 0, 6, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
    expect(parts).toEqual([
      { color: CATEGORY_COLORS.social_aid, start: 0, end: 0.75 },
      { color: CATEGORY_COLORS.language, start: 0.75, end: 1 },
    ]);
    expect(symbolParts(new Array(12).fill(0))).toEqual([]);
  });

  it('writes the count as the interface language does, never “1.9k”', () => {
    const count = (language: 'fr' | 'nl' | 'en') =>
      evaluate('text-field', siteCountExpression(language) as ExpressionSpecification, {
        sites: 1900,
      });
    expect(count('fr')).toBe('1\u202f900');
    expect(count('nl')).toBe('1.900');
    expect(count('en')).toBe('1,900');
  });
});
