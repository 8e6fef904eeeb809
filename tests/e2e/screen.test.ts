import type { Page } from 'playwright-core';
import { browserPerFile, openApp, saveScreenshot, waitForMap } from './driver';

/** The height and width of an element on screen (0 when it is not shown). */
async function size(page: Page, selector: string): Promise<{ width: number; height: number }> {
  const box = await page.locator(selector).first().boundingBox();
  return { width: box?.width ?? 0, height: box?.height ?? 0 };
}

/** Where an element is on screen: its size and its bottom edge. */
async function bounds(page: Page, selector: string) {
  const box = await page.locator(selector).first().boundingBox();
  if (!box) throw new Error(`${selector} is not shown`);
  return { width: box.width, height: box.height, bottom: box.y + box.height };
}

function query(page: Page): URLSearchParams {
  return new URL(page.url()).searchParams;
}

/** A parameter of the link, once the URL has followed the view (it waits for it to settle). */
function linkParameter(page: Page, name: string) {
  return expect.poll(() => query(page).get(name), { timeout: 10_000 });
}

function arrangementButton(page: Page, name: RegExp) {
  return page.getByRole('group', { name: 'Disposition de l’écran' }).getByRole('button', { name });
}

/** The working area of a 1366 × 768 screen, the smallest the analysts use. */
const session = browserPerFile({ width: 1366, height: 768 });

describe('the screen at 1366 × 768', () => {
  it('opens with the map and the table sharing the working area, each readable', async () => {
    const page = await openApp(session.context);
    const map = await size(page, '.atlas-map-canvas');
    expect(map.height).toBeGreaterThan(330);
    expect(map.width).toBeGreaterThan(900);
    await expect.poll(() => page.locator('#site-table tbody tr').count()).toBeGreaterThanOrEqual(6);
    await saveScreenshot(page, 'screen-split-fr');
  });

  it('gives the whole working area to the table, the network or the map, and keeps it in the link', async () => {
    const page = await openApp(session.context);
    await arrangementButton(page, /^Afficher seulement : Tableau$/).click();
    await linkParameter(page, 'layout').toBe('panel');
    expect(await page.locator('.atlas-map').isVisible()).toBe(false);
    // About twenty rows where the split shows six.
    await expect.poll(() => page.locator('#site-table tbody tr').count()).toBeGreaterThan(16);
    expect(await page.getByTestId('site-count').isVisible()).toBe(true);

    await page.getByRole('tab', { name: 'Réseau' }).click();
    await page.waitForFunction(
      () =>
        ((window as unknown as { __atlasNetwork?: { nodes(): number } }).__atlasNetwork?.nodes() ??
          0) > 0,
      undefined,
      { timeout: 30_000 },
    );
    // Beside the filters and its own controls, the drawing fills the rest of the screen, down
    // to the foot of the panel (less the line of help under it), and is seen whole.
    const network = await bounds(page, '[data-testid="network-canvas"]');
    const panel = await bounds(page, '#panel-content');
    expect(network.width).toBeGreaterThan(780);
    expect(network.height).toBeGreaterThan(450);
    expect(network.bottom).toBeLessThanOrEqual(panel.bottom);
    expect(panel.bottom - network.bottom).toBeLessThan(60);
    await saveScreenshot(page, 'screen-network-alone-fr');

    await arrangementButton(page, /^Afficher la carte seule$/).click();
    await linkParameter(page, 'layout').toBe('map');
    await waitForMap(page);
    expect(await page.locator('#panel-content').isVisible()).toBe(false);
    const area = await size(page, 'main');
    const map = await size(page, '.atlas-map-canvas');
    expect(map.height).toBeGreaterThan(area.height - 60);
    // The link reopens the same arrangement; a tab brings the panel back beside the map.
    const again = await openApp(session.context, new URL(page.url()).search);
    expect(await again.locator('#panel-content').isVisible()).toBe(false);
    await again.getByRole('tab', { name: 'Tableau' }).click();
    await expect.poll(() => again.locator('#site-table tbody tr').count()).toBeGreaterThan(3);
    expect(query(again).get('layout')).toBeNull();
  });

  it('moves the split with the pointer and with the keyboard, and keeps it in the link', async () => {
    const page = await openApp(session.context);
    const handle = page.getByRole('separator', { name: /^Partage entre la carte et le panneau/ });
    const before = await size(page, '.atlas-map');
    const box = await handle.boundingBox();
    if (!box) throw new Error('the split handle is not shown');
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2 + 120, { steps: 5 });
    await page.mouse.up();
    const after = await size(page, '.atlas-map');
    expect(after.height).toBeGreaterThan(before.height + 100);
    const dragged = Number(await handle.getAttribute('aria-valuenow'));
    await linkParameter(page, 'split').toBe(String(dragged));

    await handle.focus();
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    expect(Number(await handle.getAttribute('aria-valuenow'))).toBe(dragged - 10);
    await page.keyboard.press('Home');
    expect(await handle.getAttribute('aria-valuenow')).toBe('20');
    expect((await size(page, '.atlas-map')).height).toBeLessThan(after.height - 150);

    // Let go at the very bottom, the map is left alone.
    const low = await handle.boundingBox();
    if (!low) throw new Error('the split handle is not shown');
    await page.mouse.move(low.x + 50, low.y + 4);
    await page.mouse.down();
    await page.mouse.move(low.x + 50, 760, { steps: 5 });
    await page.mouse.up();
    await expect.poll(() => page.locator('#panel-content').isVisible()).toBe(false);
    await linkParameter(page, 'layout').toBe('map');
  });

  it('folds the filters and the details away, widening the map, and keeps them folded in the link', async () => {
    const page = await openApp(session.context, '?sel=commune:62063');
    const before = await size(page, '.atlas-map-canvas');
    await page.getByRole('button', { name: 'Replier les filtres' }).click();
    await page.getByRole('button', { name: 'Replier les détails' }).click();
    await expect
      .poll(async () => (await size(page, '.atlas-map-canvas')).width)
      .toBeGreaterThan(before.width + 550);
    expect(await page.getByRole('search').isVisible()).toBe(false);
    await linkParameter(page, 'fold').toBe('filters,details');
    await saveScreenshot(page, 'screen-folded-fr');

    // Folded, the filters say how many are on; unfolded again, they are as they were.
    await page.goto(new URL(`?fold=filters&commune=62063&lang=en`, page.url()).toString());
    await waitForMap(page);
    const strip = page.getByRole('button', { name: 'Unfold the filters (1 active filter)' });
    await strip.click();
    await expect.poll(() => page.getByRole('search').isVisible()).toBe(true);
    expect(await page.getByRole('button', { name: 'Fold the filters away' }).isVisible()).toBe(
      true,
    );
    await saveScreenshot(page, 'screen-split-en');
  });
});
