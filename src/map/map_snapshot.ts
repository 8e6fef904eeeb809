import type { LiveMap } from './live_map_controllers';

/** What the map showed, as an image, with what a scale bar needs. */
export interface MapSnapshot {
  /** A copy of the map's drawing (device pixels). */
  image: HTMLCanvasElement;
  /** Device pixels per CSS pixel. */
  pixelRatio: number;
  /** Metres on the ground per CSS pixel at the map's centre. */
  metresPerPixel: number;
}

/** The Earth's circumference at the equator, in metres (MapLibre's Web Mercator sphere). */
const EARTH_CIRCUMFERENCE = 40_075_016.686;

/**
 * An image of the map once it is idle (everything it was given drawn). The drawing is read
 * in the frame MapLibre renders for it, while the WebGL buffer still holds it (the map keeps
 * no copy of it otherwise).
 */
export async function snapshotMap(live: LiveMap): Promise<MapSnapshot> {
  await live.whenIdle();
  const { map } = live;
  const source = map.getCanvas();
  const image = document.createElement('canvas');
  image.width = source.width;
  image.height = source.height;
  await new Promise<void>((resolve) => {
    map.once('render', () => {
      image.getContext('2d')?.drawImage(source, 0, 0);
      resolve();
    });
    map.triggerRepaint();
  });
  const latitude = map.getCenter().lat;
  const metresPerPixel =
    (EARTH_CIRCUMFERENCE * Math.cos((latitude * Math.PI) / 180)) / (512 * 2 ** map.getZoom());
  return { image, pixelRatio: source.width / Math.max(1, source.clientWidth), metresPerPixel };
}
