import { centredInsets, FIT_MARGIN, insetsAround } from '../../../src/map/fit_padding';

const MAP = { width: 1000, height: 400 };

describe('the room a fitted view keeps free of the overlays', () => {
  it('keeps a tall legend at the left off by a left inset, a short bar at the top by a top one', () => {
    const legend = { left: 8, top: 8, width: 280, height: 300 };
    const bar = { left: 400, top: 8, width: 300, height: 40 };
    expect(insetsAround(MAP, [legend, bar])).toEqual({
      top: 48 + FIT_MARGIN,
      right: FIT_MARGIN,
      bottom: FIT_MARGIN,
      left: 288 + FIT_MARGIN,
    });
  });

  it('keeps the zoom buttons at the top right off by a right inset', () => {
    const buttons = { left: 960, top: 10, width: 30, height: 60 };
    expect(insetsAround(MAP, [buttons]).right).toBe(40 + FIT_MARGIN);
  });

  it('ignores what lies outside the map or has no size, and keeps a margin on a hidden map', () => {
    const outside = { left: 1200, top: 10, width: 100, height: 100 };
    const folded = { left: 10, top: 10, width: 0, height: 0 };
    const none = { top: FIT_MARGIN, right: FIT_MARGIN, bottom: FIT_MARGIN, left: FIT_MARGIN };
    expect(insetsAround(MAP, [outside, folded])).toEqual(none);
    expect(insetsAround({ width: 0, height: 0 }, [outside])).toEqual(none);
  });

  it('centres by giving opposite edges the same room', () => {
    expect(centredInsets({ top: 20, right: 50, bottom: 30, left: 300 })).toEqual({
      top: 30,
      right: 300,
      bottom: 30,
      left: 300,
    });
  });
});
