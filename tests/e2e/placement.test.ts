import type { Page } from 'playwright-core';
import { browserPerFile, openApp, seriousAxeViolations, waitForMap } from './driver';

interface PageLocation {
  id: string;
  name: string;
  latitude: number | null;
  longitude: number | null;
  location_precision: string;
  nis_code: string;
}

/** The store and the map behind the page (test hooks build), typed as these tests need. */
type PlacementWindow = {
  __atlas: {
    store: {
      getState(): {
        dataset: { locations: PageLocation[] };
        sites: { id: string; location?: PageLocation }[];
        history: { done: { label: string }[] };
        placing: string | null;
        selection: unknown;
        gazetteer: { communeAt(lon: number, lat: number): { nis_code: string } | undefined };
        select(selection: { kind: string; id: string }): void;
        setPlacing(id: string | null): void;
      };
    };
    settled(): Promise<void>;
  };
  __atlasMap: {
    map: {
      once(event: 'moveend', listener: () => void): void;
      project(point: [number, number]): { x: number; y: number };
      unproject(point: [number, number]): { lng: number; lat: number };
      queryRenderedFeatures(
        point: [number, number],
        options: { layers: string[] },
      ): { properties: Record<string, unknown> }[];
      getCanvas(): HTMLCanvasElement;
    };
  };
};

const session = browserPerFile({ width: 1400, height: 900 });

/** Selects a site placed only in its commune, and returns its location. */
async function selectApproximateSite(
  page: Page,
): Promise<{ siteId: string; location: PageLocation }> {
  // The map flies to the selected site: place once the flight has ended and the map is idle
  // (a move's end can also be a resize's during the flight: waitForMap waits for no move).
  const found = await page.evaluate(async () => {
    const hooks = window as unknown as PlacementWindow;
    const state = hooks.__atlas.store.getState();
    const site = state.sites.find(
      (row) => row.location?.location_precision === 'commune' && row.location.latitude !== null,
    );
    if (!site?.location) return null;
    const moved = new Promise<void>((resolve) => hooks.__atlasMap.map.once('moveend', resolve));
    state.select({ kind: 'site', id: site.id });
    await moved;
    return { siteId: site.id, location: site.location };
  });
  if (!found) throw new Error('the curated data has no site placed in its commune');
  await waitForMap(page);
  return found;
}

function locationOf(page: Page, id: string): Promise<PageLocation | undefined> {
  return page.evaluate(
    (locationId) =>
      (window as unknown as PlacementWindow).__atlas.store
        .getState()
        .dataset.locations.find((location) => location.id === locationId),
    id,
  );
}

function historyLabels(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    (window as unknown as PlacementWindow).__atlas.store
      .getState()
      .history.done.map((transaction) => transaction.label),
  );
}

/** Where a point is on the map canvas, in canvas pixels. */
function pixelOf(page: Page, point: [number, number]): Promise<{ x: number; y: number }> {
  return page.evaluate((lngLat) => {
    const { x, y } = (window as unknown as PlacementWindow).__atlasMap.map.project(lngLat);
    return { x, y };
  }, point);
}

async function canvasBox(page: Page) {
  const box = await page.locator('.atlas-map-canvas canvas').boundingBox();
  if (!box) throw new Error('the map canvas is not shown');
  return box;
}

async function startPlacing(page: Page, locationId: string): Promise<void> {
  await page.evaluate(
    (id) => (window as unknown as PlacementWindow).__atlas.store.getState().setPlacing(id),
    locationId,
  );
  await page.getByTestId('placement-marker').waitFor();
}

describe('placing a location on the map', () => {
  it('a click places it exactly, in the commune under the click, as one transaction', async () => {
    const page = await openApp(session.context);
    const { siteId, location } = await selectApproximateSite(page);
    await startPlacing(page, location.id);
    const bar = page.getByRole('region', { name: 'Placement d’un lieu' });
    expect(await bar.textContent()).toContain(`pour placer « ${location.name} »`);
    expect(
      await page
        .locator('.atlas-map-canvas .atlas-placing canvas')
        .evaluate((canvas) => getComputedStyle(canvas).cursor),
    ).toBe('crosshair');

    // A point away from the marker, clear of the legend, the bar and the controls.
    const box = await canvasBox(page);
    const click = { x: Math.round(box.width / 2 + 140), y: Math.round(box.height / 2 + 90) };
    const expected = await page.evaluate(({ x, y }) => {
      const hooks = window as unknown as PlacementWindow;
      const point = hooks.__atlasMap.map.unproject([x, y]);
      const drawn = hooks.__atlasMap.map.queryRenderedFeatures([x, y], {
        layers: ['communes-fill'],
      })[0];
      return {
        drawnCommune: String(drawn?.properties.nis_code ?? ''),
        gazetteerCommune:
          hooks.__atlas.store.getState().gazetteer.communeAt(point.lng, point.lat)?.nis_code ?? '',
      };
    }, click);
    expect(expected.drawnCommune).toMatch(/^\d{5}$/);
    expect(expected.gazetteerCommune).toBe(expected.drawnCommune);

    await page.mouse.click(box.x + click.x, box.y + click.y);
    await expect.poll(() => historyLabels(page)).toEqual(['moveLocation']);
    const placed = await locationOf(page, location.id);
    expect(placed?.location_precision).toBe('exact');
    expect(placed?.nis_code).toBe(expected.drawnCommune);
    if (placed?.longitude == null || placed.latitude == null) throw new Error('no point');
    // Where the location now stands is where the user clicked (to the pixel).
    const at = await pixelOf(page, [placed.longitude, placed.latitude]);
    expect(Math.abs(at.x - click.x)).toBeLessThan(1.5);
    expect(Math.abs(at.y - click.y)).toBeLessThan(1.5);
    // Placement is over; the click placed the site and selected nothing else.
    expect(
      await page.evaluate(() => {
        const state = (window as unknown as PlacementWindow).__atlas.store.getState();
        return { placing: state.placing, selection: state.selection };
      }),
    ).toEqual({ placing: null, selection: { kind: 'site', id: siteId } });
    expect(await page.getByTestId('placement-marker').count()).toBe(0);
    expect(await bar.count()).toBe(0);

    // The move is saved: it is still there after a reload.
    await page.evaluate(() => (window as unknown as PlacementWindow).__atlas.settled());
    await page.reload();
    await waitForMap(page);
    await expect
      .poll(async () => (await locationOf(page, location.id))?.location_precision)
      .toBe('exact');
    expect((await locationOf(page, location.id))?.nis_code).toBe(expected.drawnCommune);
  });

  it('a drag of the marker records one transaction when it ends, none while it moves', async () => {
    const page = await openApp(session.context);
    const { location } = await selectApproximateSite(page);
    await startPlacing(page, location.id);
    const before = await locationOf(page, location.id);
    if (before?.longitude == null || before.latitude == null) throw new Error('no point');
    const start = await pixelOf(page, [before.longitude, before.latitude]);
    const marker = await page.getByTestId('placement-marker').boundingBox();
    if (!marker) throw new Error('the marker is not shown');
    const grab = { x: marker.x + marker.width / 2, y: marker.y + marker.height / 2 };
    const delta = { x: 90, y: 60 };

    await page.mouse.move(grab.x, grab.y);
    await page.mouse.down();
    for (let step = 1; step <= 6; step += 1) {
      await page.mouse.move(grab.x + (delta.x * step) / 6, grab.y + (delta.y * step) / 6);
    }
    expect(await historyLabels(page)).toEqual([]);
    await page.mouse.up();

    await expect.poll(() => historyLabels(page)).toEqual(['moveLocation']);
    const after = await locationOf(page, location.id);
    if (after?.longitude == null || after.latitude == null) throw new Error('no point');
    const end = await pixelOf(page, [after.longitude, after.latitude]);
    // The marker's tip followed the pointer: the location moved by the drag's distance.
    expect(Math.abs(end.x - start.x - delta.x)).toBeLessThan(2);
    expect(Math.abs(end.y - start.y - delta.y)).toBeLessThan(2);
    expect(after.location_precision).toBe('exact');
    const commune = await page.evaluate(
      ([lon, lat]) =>
        (window as unknown as PlacementWindow).__atlas.store
          .getState()
          .gazetteer.communeAt(lon, lat)?.nis_code ?? '',
      [after.longitude, after.latitude] as [number, number],
    );
    expect(after.nis_code).toBe(commune);
    expect(await page.getByTestId('placement-marker').count()).toBe(0);
  });

  it('Escape ends placement without a change; the placement mode passes axe', async () => {
    const page = await openApp(session.context);
    const { location } = await selectApproximateSite(page);
    await startPlacing(page, location.id);
    const violations = await seriousAxeViolations(page, '.atlas-map');
    expect(violations).toEqual([]);
    // The marker has the focus, so the arrow keys move it at once.
    expect(
      await page.evaluate(() => document.activeElement?.getAttribute('data-testid') ?? ''),
    ).toBe('placement-marker');

    await page.keyboard.press('Escape');
    await expect
      .poll(() =>
        page.evaluate(
          () => (window as unknown as PlacementWindow).__atlas.store.getState().placing,
        ),
      )
      .toBeNull();
    expect(await historyLabels(page)).toEqual([]);
    expect(await locationOf(page, location.id)).toEqual(location);
    // Escape ended placement only: the site stays selected.
    expect(
      await page.evaluate(
        () => (window as unknown as PlacementWindow).__atlas.store.getState().selection,
      ),
    ).not.toBeNull();
  });

  it('from the keyboard: arrow keys move the marker without recording, Enter places it', async () => {
    const page = await openApp(session.context);
    const { location } = await selectApproximateSite(page);
    await startPlacing(page, location.id);
    for (let press = 0; press < 5; press += 1) await page.keyboard.press('Shift+ArrowRight');
    expect(await historyLabels(page)).toEqual([]);
    await page.keyboard.press('Enter');
    await expect.poll(() => historyLabels(page)).toEqual(['moveLocation']);
    const after = await locationOf(page, location.id);
    if (after?.longitude == null || location.longitude == null) throw new Error('no point');
    expect(after.longitude).toBeGreaterThan(location.longitude);
    expect(after.location_precision).toBe('exact');
  });
});
