import fc from 'fast-check';
import { CATEGORIES } from '../../../../src/model/enums';
import {
  CATEGORY_SYMBOLS,
  fitProjection,
  geometryPath,
  spreadPoints,
  symbolPath,
} from '../../../../src/ui/profile/profile_map';

describe('the profile map’s symbols', () => {
  it('tell every category apart without colour: a shape, filled or hollow', () => {
    const symbols = CATEGORIES.map((category) => JSON.stringify(CATEGORY_SYMBOLS[category]));
    expect(new Set(symbols).size).toBe(CATEGORIES.length);
    for (const { shape } of Object.values(CATEGORY_SYMBOLS)) {
      expect(symbolPath(shape, 10, 10, 4)).toMatch(/^M[\d.,]+.*Z$/);
    }
  });
});

describe('the profile map’s projection', () => {
  const box = { width: 600, height: 400, padding: 10 };

  it('fits the place in the box, without stretching it', () => {
    // A square of 0.2° at 50°N is about 1.55 times as tall as wide on the ground.
    const ring = [
      [5.0, 50.0],
      [5.2, 50.0],
      [5.2, 50.2],
      [5.0, 50.2],
      [5.0, 50.0],
    ];
    const project = fitProjection([ring], box);
    if (!project) throw new Error('no projection');
    const [left, top] = project(5.0, 50.2);
    const [right, bottom] = project(5.2, 50.0);
    expect(top).toBeCloseTo(box.padding);
    expect(bottom).toBeCloseTo(box.height - box.padding);
    expect((right - left) / (bottom - top)).toBeCloseTo(Math.cos((50.1 * Math.PI) / 180), 3);
    expect(geometryPath({ type: 'Polygon', coordinates: [ring] }, project)).toMatch(/^M.*Z$/);
  });

  it('keeps every point of the place inside the box', () => {
    const point = fc.tuple(
      fc.double({ min: 2.8, max: 6.5, noNaN: true }),
      fc.double({ min: 49.4, max: 50.9, noNaN: true }),
    );
    fc.assert(
      fc.property(fc.array(point, { minLength: 3, maxLength: 30 }), (ring) => {
        const project = fitProjection([ring], box);
        if (!project) return;
        for (const [lon, lat] of ring) {
          const [x, y] = project(lon, lat);
          expect(x).toBeGreaterThanOrEqual(box.padding - 1e-6);
          expect(x).toBeLessThanOrEqual(box.width - box.padding + 1e-6);
          expect(y).toBeGreaterThanOrEqual(box.padding - 1e-6);
          expect(y).toBeLessThanOrEqual(box.height - box.padding + 1e-6);
        }
      }),
    );
  });

  it('spreads the sites placed on one spot so that each can be seen and counted', () => {
    const spot = Array.from({ length: 5 }, (_, item) => ({ x: 100, y: 100, item }));
    const spread = spreadPoints([...spot, { x: 300, y: 300, item: 9 }], 8);
    expect(spread).toHaveLength(6);
    const apart = spread.filter((point) => point.item !== 9);
    for (const a of apart) {
      for (const b of apart) {
        if (a !== b) expect(Math.hypot(a.x - b.x, a.y - b.y)).toBeGreaterThan(8);
      }
    }
    expect(spread.find((point) => point.item === 9)).toEqual({ x: 300, y: 300, item: 9 });
  });
});
