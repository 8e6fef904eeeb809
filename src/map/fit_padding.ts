/**
 * The room a fitted view keeps free of what floats over the map (the legend, the zoom
 * buttons, the scale): pure arithmetic on boxes, unit-tested in Node.
 */

/** Pixels kept free at each edge of the map. */
export interface Insets {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/** A box over the map, in pixels from the map's top-left corner. */
export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

/** Pixels kept free beyond every overlay (and at an edge with none). */
export const FIT_MARGIN = 16;

/**
 * The insets that keep a view clear of the overlays: each overlay is kept off by the edge
 * whose inset costs the least of the map's area (a tall legend at the left takes a left
 * inset, a short bar at the top a top inset). Overlays outside the map count for nothing.
 */
export function insetsAround(
  map: { width: number; height: number },
  overlays: readonly Box[],
  margin = FIT_MARGIN,
): Insets {
  const insets: Insets = { top: 0, right: 0, bottom: 0, left: 0 };
  const { width, height } = map;
  if (width <= 0 || height <= 0)
    return { top: margin, right: margin, bottom: margin, left: margin };
  for (const box of overlays) {
    const right = box.left + box.width;
    const bottom = box.top + box.height;
    if (box.width <= 0 || box.height <= 0 || right <= 0 || bottom <= 0) continue;
    if (box.left >= width || box.top >= height) continue;
    const options: [keyof Insets, number, number][] = [
      ['left', right, right / width],
      ['right', width - box.left, (width - box.left) / width],
      ['top', bottom, bottom / height],
      ['bottom', height - box.top, (height - box.top) / height],
    ];
    const [edge, inset] = options.reduce((best, option) => (option[2] < best[2] ? option : best));
    insets[edge] = Math.max(insets[edge], inset);
  }
  return {
    top: insets.top + margin,
    right: insets.right + margin,
    bottom: insets.bottom + margin,
    left: insets.left + margin,
  };
}

/** The same room on opposite edges, so that what is fitted sits in the middle of the map. */
export function centredInsets(insets: Insets): Insets {
  const across = Math.max(insets.left, insets.right);
  const down = Math.max(insets.top, insets.bottom);
  return { top: down, right: across, bottom: down, left: across };
}

/** How much zoom a centred fit may give up against a fit around the overlays (0.2: ~13%). */
export const CENTRING_ZOOM_COST = 0.2;
