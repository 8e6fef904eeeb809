import type { Page } from 'playwright-core';
import { browserPerFile, openApp, saveScreenshot, waitForMap } from './driver';

/** A feature MapLibre drew, with where it is on the canvas (CSS pixels). */
interface Drawn {
  layer: string;
  properties: Record<string, unknown>;
  x: number;
  y: number;
}

type MapWindow = {
  __atlasMap: {
    map: {
      queryRenderedFeatures(
        geometry?: unknown,
        options?: { layers: string[] },
      ): {
        layer: { id: string };
        properties: Record<string, unknown>;
        geometry: { type: string; coordinates: unknown };
      }[];
      project(point: [number, number]): { x: number; y: number };
      getCanvas(): HTMLCanvasElement;
      getZoom(): number;
      getLayoutProperty(layer: string, property: string): unknown;
      getBounds(): { getWest(): number; getEast(): number; getSouth(): number; getNorth(): number };
      jumpTo(options: { center: [number, number]; zoom: number }): void;
    };
  };
  __atlas: {
    store: {
      getState(): {
        visible: {
          id: string;
          commune?: { nis_code: string };
          location?: { latitude: number | null; location_precision: string };
        }[];
      };
    };
    loadGenerated(sites: number): void;
  };
};

/** What a set of layers drew in a box of the canvas (all of it when no box is given). */
function drawn(page: Page, layers: string[], box?: [[number, number], [number, number]]) {
  return page.evaluate(
    ({ ids, area }) => {
      const { map } = (window as unknown as MapWindow).__atlasMap;
      return map.queryRenderedFeatures(area ?? undefined, { layers: ids }).map((feature) => {
        const point =
          feature.geometry.type === 'Point'
            ? map.project(feature.geometry.coordinates as [number, number])
            : { x: Number.NaN, y: Number.NaN };
        return {
          layer: feature.layer.id,
          properties: { ...feature.properties },
          x: point.x,
          y: point.y,
        };
      });
    },
    { ids: layers, area: box ?? null },
  ) as Promise<Drawn[]>;
}

/** Moves the map and waits until it has drawn what is in view. */
async function jump(page: Page, center: [number, number], zoom: number): Promise<void> {
  await page.evaluate(
    ([lon, lat, z]) =>
      (window as unknown as MapWindow).__atlasMap.map.jumpTo({ center: [lon, lat], zoom: z }),
    [center[0], center[1], zoom] as const,
  );
  await waitForMap(page);
}

/** The colour of one pixel of the page, from a screenshot (the map is WebGL). */
async function pixel(page: Page, x: number, y: number): Promise<number[]> {
  const png = await page.screenshot({
    clip: { x: Math.round(x), y: Math.round(y), width: 1, height: 1 },
  });
  return page.evaluate(async (base64) => {
    const bytes = Uint8Array.from(atob(base64), (character) => character.charCodeAt(0));
    const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
    const canvas = new OffscreenCanvas(1, 1);
    const context = canvas.getContext('2d');
    context?.drawImage(bitmap, 0, 0);
    return [...(context?.getImageData(0, 0, 1, 1).data ?? [])];
  }, png.toString('base64'));
}

async function canvasOrigin(page: Page): Promise<{ x: number; y: number }> {
  const box = await page.locator('.atlas-map-canvas canvas').boundingBox();
  if (!box) throw new Error('the map is not shown');
  return { x: box.x, y: box.y };
}

async function chooseCommune(page: Page, name: string): Promise<void> {
  const combobox = page.getByRole('combobox', { name: /^(Commune|Gemeente|Municipality)/ });
  await combobox.fill(name);
  await page
    .getByRole('option', { name: new RegExp(`^${name}( \\(|$)`) })
    .first()
    .click();
}

const CATEGORY_COUNTS = /^n_/;
const SOCIAL_AID: number[] = [0x33, 0x22, 0x88];

const session = browserPerFile({ width: 1366, height: 768 });

describe('the map at 1366 × 768', () => {
  it('rings each cluster with its categories’ shares, counting every located site once', async () => {
    const page = await openApp(session.context);
    const clusters = await drawn(page, ['site-clusters']);
    expect(clusters.length).toBeGreaterThan(5);
    for (const cluster of clusters) {
      const counted = Object.entries(cluster.properties)
        .filter(([key]) => CATEGORY_COUNTS.test(key))
        .reduce((sum, [, value]) => sum + Number(value), 0);
      expect(counted).toBe(cluster.properties.sites);
    }
    const everything = await drawn(page, ['site-clusters', 'site-groups', 'site-points']);
    const located = await page.evaluate(
      () =>
        (window as unknown as MapWindow).__atlas.store
          .getState()
          .visible.filter((site) => typeof site.location?.latitude === 'number').length,
    );
    // A cluster spanning a tile edge is drawn in both tiles: each is counted once.
    const unique = new Map(everything.map((item) => [JSON.stringify(item.properties), item]));
    const total = [...unique.values()].reduce(
      (sum, item) => sum + Number(item.properties.sites),
      0,
    );
    expect(total).toBe(located);

    // The ring is drawn in the categories' colours: most sites are social aid, drawn first
    // from the top of the ring, clockwise.
    const largest = clusters.reduce((a, b) =>
      Number(a.properties.sites) > Number(b.properties.sites) ? a : b,
    );
    expect(Number(largest.properties.n_social_aid)).toBeGreaterThan(
      Number(largest.properties.sites) / 2,
    );
    const origin = await canvasOrigin(page);
    const colour = await pixel(page, origin.x + largest.x + 2, origin.y + largest.y - 12.5);
    for (const [channel, expected] of SOCIAL_AID.entries()) {
      expect(Math.abs((colour[channel] ?? 0) - expected)).toBeLessThan(40);
    }
    await saveScreenshot(page, 'map-wallonia-fr');
  });

  it('labels the largest towns, never under a cluster, and the localities when zoomed in', async () => {
    const page = await openApp(session.context);
    const cities = await drawn(page, ['city-labels']);
    expect(cities.map((label) => label.properties.name_fr).sort()).toEqual([
      'Charleroi',
      'Liège',
      'Namur',
    ]);
    const towns = await drawn(page, ['town-labels']);
    expect(towns.length).toBeGreaterThan(2);
    // Nothing placed after the symbols lies under them.
    for (const cluster of await drawn(page, ['site-clusters', 'site-groups'])) {
      const box: [[number, number], [number, number]] = [
        [cluster.x - 8, cluster.y - 8],
        [cluster.x + 8, cluster.y + 8],
      ];
      expect(await drawn(page, ['town-labels', 'commune-labels'], box)).toEqual([]);
    }
    expect(await drawn(page, ['locality-labels'])).toEqual([]);
    await jump(page, [4.87, 50.46], 12);
    const localities = (await drawn(page, ['locality-labels'])).map(
      (label) => label.properties.name,
    );
    expect(localities.length).toBeGreaterThanOrEqual(3);
    expect(localities).not.toContain('Namur');
  });

  it('outlines a commune chosen in the filter and brings it into view, clear of the legend', async () => {
    const page = await openApp(session.context);
    await chooseCommune(page, 'Liège');
    // The flight is the user's doing: its camera goes to the link once it has landed.
    await expect
      .poll(() => new URL(page.url()).searchParams.get('map'), { timeout: 20_000 })
      .not.toBeNull();
    await waitForMap(page);
    const outline = await drawn(page, ['chosen-communes-line']);
    expect(new Set(outline.map((line) => line.properties.nis_code))).toEqual(new Set(['62063']));
    const view = await page.evaluate(() => {
      const { map } = (window as unknown as MapWindow).__atlasMap;
      const bounds = map.getBounds();
      return {
        zoom: map.getZoom(),
        west: bounds.getWest(),
        east: bounds.getEast(),
        south: bounds.getSouth(),
        north: bounds.getNorth(),
      };
    });
    expect(view.zoom).toBeGreaterThan(9.5);
    // Liège lies within 5.50–5.68 °E and 50.56–50.69 °N: wholly in view.
    expect(view.west).toBeLessThan(5.5);
    expect(view.east).toBeGreaterThan(5.68);
    expect(view.south).toBeLessThan(50.56);
    expect(view.north).toBeGreaterThan(50.69);
    const legend = await page.locator('.atlas-map-legend').boundingBox();
    const origin = await canvasOrigin(page);
    const west = await page.evaluate(
      () => (window as unknown as MapWindow).__atlasMap.map.project([5.5, 50.62]).x,
    );
    expect(origin.x + west).toBeGreaterThan((legend?.x ?? 0) + (legend?.width ?? 0));
    await saveScreenshot(page, 'map-liege-chosen-fr');

    // A link naming the commune, and no map position, opens on it too.
    const again = await openApp(session.context, '?commune=62063&lang=en');
    await expect
      .poll(() => again.evaluate(() => (window as unknown as MapWindow).__atlasMap.map.getZoom()), {
        timeout: 20_000,
      })
      .toBeGreaterThan(9.5);
    await waitForMap(again);
    await saveScreenshot(again, 'map-liege-link-en');
  });

  it('draws the sites known only by their commune as the commune’s symbol, whose list opens on a click', async () => {
    const page = await openApp(session.context, '?lang=en');
    await jump(page, [4.851093, 50.48087], 12.5);
    const inNamur = await page.evaluate(() =>
      (window as unknown as MapWindow).__atlas.store
        .getState()
        .visible.filter(
          (site) =>
            site.commune?.nis_code === '92094' && site.location?.location_precision === 'commune',
        )
        .map((site) => site.id),
    );
    const groups = await drawn(page, ['site-groups']);
    const namur = groups.find((group) => inNamur.includes(String(group.properties.id)));
    expect(namur?.properties).toMatchObject({ precision: 'commune', sites: inNamur.length });
    expect(inNamur.length).toBeGreaterThan(3);
    // No site known only by its commune is drawn as a point, as if at an address.
    const points = await drawn(page, ['site-points']);
    expect(points.filter((point) => point.properties.precision === 'commune')).toEqual([]);
    const legend = page.locator('.atlas-map-legend');
    expect(await legend.textContent()).toContain(
      'Sites known only by their municipality or postcode',
    );

    const origin = await canvasOrigin(page);
    await page.mouse.click(origin.x + (namur?.x ?? 0), origin.y + (namur?.y ?? 0));
    const list = page.getByRole('region', { name: 'Sites at this place' });
    await list.waitFor();
    expect(await list.getByRole('heading', { level: 3 }).textContent()).toBe('Namur');
    expect(await list.textContent()).toContain(
      `${namur?.properties.sites} sites in the municipality, address not known`,
    );
    const buttons = list.locator('.group-sites button');
    expect(await buttons.count()).toBe(Number(namur?.properties.sites));
    await saveScreenshot(page, 'map-namur-list-en');
    const name = (await buttons.first().textContent()) ?? '';
    await buttons.first().click();
    await expect
      .poll(() =>
        page.getByRole('region', { name: 'Details' }).getByRole('heading').first().textContent(),
      )
      .toBe(name);
  });

  it('writes the clusters’ counts as the language does, with 100,000 sites', async () => {
    const page = await openApp(session.context);
    await page.evaluate(() => (window as unknown as MapWindow).__atlas.loadGenerated(100_000));
    await expect
      .poll(
        async () =>
          (await drawn(page, ['site-clusters'])).some((c) => Number(c.properties.sites) >= 1000),
        { timeout: 30_000 },
      )
      .toBe(true);
    await waitForMap(page);
    const locale = () =>
      page.evaluate(() =>
        JSON.stringify(
          (window as unknown as MapWindow).__atlasMap.map.getLayoutProperty(
            'site-clusters',
            'text-field',
          ),
        ),
      );
    expect(await locale()).toContain('"locale":"fr"');
    await saveScreenshot(page, 'map-100k-fr');
    await page.getByRole('combobox', { name: 'Langue' }).selectOption('en');
    await expect.poll(locale).toContain('"locale":"en"');
    await waitForMap(page);
    await saveScreenshot(page, 'map-100k-en');
  });
});
