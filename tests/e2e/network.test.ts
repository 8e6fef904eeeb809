import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import type { NetworkNodeProbe, NetworkProbe } from '../hooks/network_probe';
import { browserPerFile, openApp, seriousAxeViolations } from './driver';

type HookWindow = { __atlasNetwork: NetworkProbe };

/** The store behind the page (test hooks build), typed as the relationship test needs. */
type NetworkWindow = {
  __atlas: {
    store: {
      getState(): {
        dataset: {
          organizations: { id: string; name: string; org_type: string }[];
          relationships: {
            id: string;
            source_organization_id: string;
            target_organization_id: string;
            type: string;
            source: string;
          }[];
        };
        history: { done: { label: string }[] };
      };
    };
    settled(): Promise<void>;
  };
};

function relationshipsBetween(page: Page, from: string, to: string) {
  return page.evaluate(
    ([source, target]) =>
      (window as unknown as NetworkWindow).__atlas.store
        .getState()
        .dataset.relationships.filter(
          (item) =>
            item.source_organization_id === source && item.target_organization_id === target,
        ),
    [from, to],
  );
}

async function focusOn(page: Page, name: string): Promise<void> {
  await page.getByLabel('Trouver une organisation').fill(name);
  await page.getByRole('button', { name: 'Trouver', exact: true }).click();
  await expect.poll(() => page.getByTestId('network-focus').textContent()).toContain(name);
}

const session = browserPerFile({ width: 1400, height: 1000 });

async function openNetwork(page: Page): Promise<void> {
  await page.getByRole('tab', { name: 'Réseau' }).click();
  await page.waitForFunction(
    () => ((window as unknown as Partial<HookWindow>).__atlasNetwork?.nodes() ?? 0) > 20,
    undefined,
    { timeout: 30_000 },
  );
}

function nodeStates(page: Page): Promise<Record<string, number>> {
  return page.evaluate(() => {
    const hook = (window as unknown as HookWindow).__atlasNetwork;
    const counts: Record<string, number> = {};
    for (const id of hook.nodeIds()) {
      const state = hook.node(id)?.state || 'none';
      counts[state] = (counts[state] ?? 0) + 1;
    }
    return counts;
  });
}

function edgeKeys(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as HookWindow).__atlasNetwork.edgeKeys());
}

function canvasSize(page: Page) {
  return page.evaluate(() => (window as unknown as HookWindow).__atlasNetwork.canvas());
}

/**
 * A node once the layout rests and the view is fitted, the drawing scrolled into view: its
 * position in the viewport is where a click lands on it.
 */
async function restingNode(page: Page, id: string): Promise<NetworkNodeProbe> {
  await page.getByTestId('network-canvas').scrollIntoViewIfNeeded();
  await page.waitForFunction(
    () => (window as unknown as HookWindow).__atlasNetwork.running() === false,
    undefined,
    { timeout: 30_000 },
  );
  // The view is fitted on the frame after the layout's last positions.
  await page.evaluate(
    () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
  );
  const node = await page.evaluate(
    (nodeId) => (window as unknown as HookWindow).__atlasNetwork.node(nodeId),
    id,
  );
  if (!node) throw new Error(`node ${id} is not drawn`);
  expect(node.inView).toBe(true);
  return node;
}

/** A real mouse click where the node is drawn: the canvas's hit-testing finds it. */
async function clickNode(page: Page, id: string): Promise<void> {
  const node = await restingNode(page, id);
  await page.mouse.click(node.clientX, node.clientY);
}

/**
 * The colours on screen around a point of the viewport (3 × 3 pixels, as [r, g, b, a]),
 * from a screenshot: the canvas is drawn by a worker, the page cannot read it back.
 */
async function pixelsAround(page: Page, x: number, y: number): Promise<number[][]> {
  const png = await page.screenshot({
    clip: { x: Math.round(x) - 1, y: Math.round(y) - 1, width: 3, height: 3 },
  });
  return page.evaluate(async (base64) => {
    const bytes = Uint8Array.from(atob(base64), (character) => character.charCodeAt(0));
    const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const context = canvas.getContext('2d');
    if (!context) return [];
    context.drawImage(bitmap, 0, 0);
    const data = context.getImageData(0, 0, bitmap.width, bitmap.height).data;
    const pixels: number[][] = [];
    for (let at = 0; at < data.length; at += 4) pixels.push([...data.subarray(at, at + 4)]);
    return pixels;
  }, png.toString('base64'));
}

function hex(color: string): number[] {
  return [1, 3, 5].map((start) => Number.parseInt(color.slice(start, start + 2), 16));
}

function colourDistance(a: readonly number[], b: readonly number[]): number {
  return Math.max(...[0, 1, 2].map((channel) => Math.abs((a[channel] ?? 0) - (b[channel] ?? 0))));
}

describe('the stakeholder network', () => {
  it('draws the network on a canvas, focuses on the SPW Intérieur et Action sociale and exports a valid SVG', async () => {
    const page = await openApp(session.context);
    await openNetwork(page);
    const counts = (await page.getByTestId('network-counts').textContent()) ?? '';
    expect(counts).toMatch(/^\d[\d\s\u202f]* organisations, \d[\d\s\u202f]* relations$/);
    expect((await edgeKeys(page)).length).toBeGreaterThan(50);
    // One canvas, no SVG element left in the drawing.
    const canvas = page.locator('canvas.network-surface');
    expect(await canvas.getAttribute('role')).toBe('img');
    expect(await canvas.getAttribute('aria-label')).toBe(
      'Réseau des acteurs : organisations et relations',
    );
    expect(await page.getByTestId('network-canvas').locator('svg').count()).toBe(0);
    expect((await canvasSize(page)).drawing).toBe('worker');

    await focusOn(page, 'SPW Intérieur et Action sociale');
    const states = await nodeStates(page);
    expect(states.focus).toBe(1);
    expect(states.near ?? 0).toBeGreaterThan(0);
    expect(states.faded ?? 0).toBeGreaterThan(10);
    // Its links are listed with their sources; the detail panel shows the organisation.
    await expect.poll(() => page.locator('.network-links li').count()).toBeGreaterThan(0);
    await expect
      .poll(() => page.getByRole('region', { name: /^D[ée]tails$/ }).textContent())
      .toContain('SPW Intérieur et Action sociale');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'SVG', exact: true }).click(),
    ]);
    const path = await download.path();
    const svg = readFileSync(path, 'utf8');
    const parsed = await page.evaluate((text) => {
      const document = new DOMParser().parseFromString(text, 'image/svg+xml');
      return {
        errors: document.getElementsByTagName('parsererror').length,
        nodes: document.querySelectorAll('circle.network-node').length,
        focus: document.querySelectorAll('circle.network-node[data-state="focus"]').length,
        edges: document.querySelectorAll('line.network-edge[marker-end]').length,
        labels: document.querySelectorAll('text.network-label').length,
        legend: document.querySelector('.network-legend')?.textContent ?? '',
      };
    }, svg);
    expect(parsed.errors).toBe(0);
    expect(parsed.nodes).toBeGreaterThan(20);
    expect(parsed.focus).toBe(1);
    expect(parsed.edges).toBeGreaterThan(50);
    expect(parsed.labels).toBeGreaterThan(0);
    expect(parsed.legend).toContain('CPAS');
  });

  it('really draws: the focused node in its colour, a faded one barely, its name on hover', async () => {
    const page = await openApp(session.context);
    await openNetwork(page);
    await focusOn(page, 'SPW Intérieur et Action sociale');
    const focusId = await page.evaluate(() => {
      const hook = (window as unknown as HookWindow).__atlasNetwork;
      return hook.nodeIds().find((id) => hook.node(id)?.state === 'focus') ?? '';
    });
    const focused = await restingNode(page, focusId);
    // A faded node well apart from the others (no edge or label over its centre, likely).
    const fadedId = await page.evaluate(() => {
      const hook = (window as unknown as HookWindow).__atlasNetwork;
      const nodes = hook.nodeIds().flatMap((id) => hook.node(id) ?? []);
      const loneliness = (node: (typeof nodes)[number]) =>
        Math.min(
          ...nodes
            .filter((other) => other.id !== node.id)
            .map((other) => Math.hypot(other.clientX - node.clientX, other.clientY - node.clientY)),
        );
      return (
        nodes
          .filter((node) => node.state === 'faded' && node.inView && node.radius >= 4)
          .sort((a, b) => loneliness(b) - loneliness(a))[0]?.id ?? ''
      );
    });
    const faded = await restingNode(page, fadedId);
    // The legend over the drawing's corner could hide them: out of the way for this check.
    await page.addStyleTag({ content: '.network-legend { visibility: hidden; }' });
    const focusPixels = await pixelsAround(page, focused.clientX, focused.clientY);
    const fadedPixels = await pixelsAround(page, faded.clientX, faded.clientY);
    // The focus is drawn opaque in its fill; a faded node at 0.1 over white, nearly white.
    const fill = hex(focused.fill);
    const nearest = Math.min(...focusPixels.map((pixel) => colourDistance(pixel, fill)));
    expect(nearest).toBeLessThan(40);
    const centre = fadedPixels[4] ?? [];
    expect(Math.min(...centre.slice(0, 3))).toBeGreaterThan(170);
    expect(colourDistance(centre, fill)).toBeGreaterThan(40);

    await page.mouse.move(focused.clientX, focused.clientY);
    const canvas = page.locator('canvas.network-surface');
    await expect.poll(() => canvas.getAttribute('data-hover')).not.toBeNull();
    expect(await page.locator('.network-tooltip').textContent()).toBe(
      'SPW Intérieur et Action sociale',
    );
    expect(await page.locator('.network-tooltip').isVisible()).toBe(true);
  });

  it('pins a dragged node without selecting it, releases it on double-click, and zooms with the wheel', async () => {
    const page = await openApp(session.context);
    await openNetwork(page);
    // The largest organisation in the left half of the drawing, which the details panel,
    // opened by the double-click's first click, leaves in view (a group node would open).
    await restingNode(page, 'group:cpas');
    const id = await page.evaluate(() => {
      const hook = (window as unknown as HookWindow).__atlasNetwork;
      const box = document.querySelector('canvas.network-surface')?.getBoundingClientRect();
      const middle = (box?.left ?? 0) + (box?.width ?? 0) / 2;
      return (
        hook
          .nodeIds()
          .filter((nodeId) => !nodeId.startsWith('group:'))
          .filter((nodeId) => (hook.node(nodeId)?.clientX ?? middle) < middle)
          .sort((a, b) => (hook.node(b)?.radius ?? 0) - (hook.node(a)?.radius ?? 0))[0] ?? ''
      );
    });
    const node = await restingNode(page, id);
    const updates = await page.evaluate(() =>
      (window as unknown as HookWindow).__atlasNetwork.layoutUpdates(),
    );
    await page.mouse.move(node.clientX, node.clientY);
    await page.mouse.down();
    await page.mouse.move(node.clientX + 30, node.clientY + 20, { steps: 5 });
    await page.mouse.up();
    const probe = () =>
      page.evaluate((nodeId) => (window as unknown as HookWindow).__atlasNetwork.node(nodeId), id);
    await expect.poll(async () => (await probe())?.pinned).toBe(true);
    // Where the pointer let it go, at once and once the layout, stirred by the drag, has
    // answered and come to rest (the worker may still send positions from the drag's
    // earlier steps: they must not move the node back).
    const moved = await probe();
    expect(Math.abs((moved?.clientX ?? 0) - node.clientX - 30)).toBeLessThan(3);
    await page.waitForFunction(
      (before) => {
        const hook = (window as unknown as HookWindow).__atlasNetwork;
        return hook.layoutUpdates() > before && !hook.running();
      },
      updates,
      { timeout: 30_000 },
    );
    expect(Math.abs(((await probe())?.clientX ?? 0) - node.clientX - 30)).toBeLessThan(3);
    // A drag is no click: nothing selected.
    expect(await page.getByTestId('network-focus').count()).toBe(0);
    await page.mouse.dblclick(moved?.clientX ?? 0, moved?.clientY ?? 0);
    await expect.poll(async () => (await probe())?.pinned).toBe(false);

    const before = await restingNode(page, id);
    const box = await page.locator('canvas.network-surface').boundingBox();
    if (!box) throw new Error('no canvas');
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.wheel(0, -400);
    await expect
      .poll(async () => (await probe())?.clientX ?? before.clientX)
      .not.toBeCloseTo(before.clientX, 0);
  });

  it('sizes and colours the nodes by a metric, with its legend, and exports a PNG of it', async () => {
    const page = await openApp(session.context);
    await openNetwork(page);
    const appearance = () =>
      page.evaluate(() => {
        const hook = (window as unknown as HookWindow).__atlasNetwork;
        const nodes = hook.nodeIds().flatMap((id) => hook.node(id) ?? []);
        return {
          radii: nodes.map((node) => node.radius).join(),
          fills: new Set(nodes.map((node) => node.fill)).size,
        };
      });
    const byDegree = await appearance();
    await page.getByRole('table', { name: /Organisations du réseau/ }).waitFor();
    await page.getByLabel('Taille des nœuds').selectOption('betweenness');
    await page.getByLabel('Couleur des nœuds').selectOption('community');
    await expect.poll(async () => (await appearance()).radii).not.toBe(byDegree.radii);
    // The legend is HTML over the canvas.
    const legend = () => page.getByTestId('network-legend').textContent();
    await expect.poll(legend).toContain('Communauté 1');
    expect(await legend()).toContain('Taille : intermédiarité');
    expect((await appearance()).fills).toBeGreaterThan(2);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'PNG', exact: true }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^atlas-network-.*\.png$/);
    const png = readFileSync(await download.path());
    // The PNG signature, then the IHDR chunk with the width and height (twice the drawing's).
    expect([...png.subarray(0, 8)]).toEqual([137, 80, 78, 71, 13, 10, 26, 10]);
    const { width, height } = await canvasSize(page);
    // The drawing and, beside it, its legend (200 px).
    expect(png.readUInt32BE(16)).toBe((width + 200) * 2);
    expect(png.readUInt32BE(20)).toBe(height * 2);
    expect(png.length).toBeGreaterThan(20_000);
  });

  it('opens again after the table, laid out and measured like the first time', async () => {
    const page = await openApp(session.context);
    const measured = page.locator('table.network-table[data-measures="shown"]');
    const settled = async () => {
      await measured.waitFor();
      await page.waitForFunction(
        () => (window as unknown as HookWindow).__atlasNetwork.running() === false,
        undefined,
        { timeout: 30_000 },
      );
    };
    await openNetwork(page);
    await settled();
    await page.getByRole('tab', { name: 'Tableau' }).click();
    await page.getByRole('tab', { name: 'Réseau' }).click();
    await openNetwork(page);
    // The page's workers serve the new view: the metrics arrive, the layout runs to rest.
    await settled();
    const spread = await page.evaluate(() => {
      const hook = (window as unknown as HookWindow).__atlasNetwork;
      const xs = hook.nodeIds().map((id) => hook.node(id)?.clientX ?? Number.NaN);
      return { finite: xs.every(Number.isFinite), width: Math.max(...xs) - Math.min(...xs) };
    });
    expect(spread.finite).toBe(true);
    expect(spread.width).toBeGreaterThan(100);
  });

  it('follows the window’s size', async () => {
    const page = await openApp(session.context);
    await openNetwork(page);
    const before = await canvasSize(page);
    expect(before.pixelWidth).toBe(
      Math.round(before.width * (await page.evaluate(() => devicePixelRatio))),
    );
    await page.setViewportSize({ width: 1000, height: 900 });
    await expect.poll(async () => (await canvasSize(page)).width).toBeLessThan(before.width);
    const after = await canvasSize(page);
    expect(after.pixelWidth).toBe(
      Math.round(after.width * (await page.evaluate(() => devicePixelRatio))),
    );
    const cssWidth = await page
      .locator('canvas.network-surface')
      .evaluate((element) => element.clientWidth);
    expect(cssWidth).toBe(after.width);
  });

  it('clicking a CPAS node opens its details and rings its site on the map', async () => {
    const page = await openApp(session.context);
    await openNetwork(page);
    const cpas = await page.evaluate(() => {
      const hook = (
        window as unknown as {
          __atlas: {
            store: {
              getState(): {
                dataset: {
                  organizations: { id: string; name: string; org_type: string }[];
                  services: { organization_id: string }[];
                };
              };
            };
          };
        }
      ).__atlas;
      const { dataset } = hook.store.getState();
      const withServices = new Set(dataset.services.map((service) => service.organization_id));
      const org = dataset.organizations.find(
        (item) => item.org_type === 'cpas' && withServices.has(item.id),
      );
      return org ? { id: org.id, name: org.name } : null;
    });
    expect(cpas).not.toBeNull();
    if (!cpas) return;
    // The CPAS are one group node: opened, its members are drawn.
    await clickNode(page, 'group:cpas');
    await page.waitForFunction(
      (id) => (window as unknown as HookWindow).__atlasNetwork.node(id) !== null,
      cpas.id,
    );
    await clickNode(page, cpas.id);
    await expect
      .poll(() => page.getByRole('region', { name: /^D[ée]tails$/ }).textContent())
      .toContain(cpas.name);
    await expect
      .poll(
        () =>
          page.evaluate(
            () =>
              (
                window as unknown as {
                  __atlasMap: { queryRenderedFeatures(layers: string[]): unknown[] };
                }
              ).__atlasMap.queryRenderedFeatures(['selected-sites']).length,
          ),
        { timeout: 15_000 },
      )
      .toBeGreaterThan(0);
    expect((await nodeStates(page)).focus).toBe(1);
    expect(
      await page.evaluate(
        (id) => (window as unknown as HookWindow).__atlasNetwork.node(id)?.state,
        cpas.id,
      ),
    ).toBe('focus');
  });

  it('draws a relationship between two organisations through the write path; it survives a reload', async () => {
    const page = await openApp(session.context);
    await openNetwork(page);
    const ends = await page.evaluate(() => {
      const { dataset } = (window as unknown as NetworkWindow).__atlas.store.getState();
      const spw = dataset.organizations.find(
        (org) => org.name === 'SPW Intérieur et Action sociale',
      );
      if (!spw) return null;
      const linked = new Set(
        dataset.relationships.flatMap((item) =>
          item.source_organization_id === spw.id
            ? [item.target_organization_id]
            : item.target_organization_id === spw.id
              ? [item.source_organization_id]
              : [],
        ),
      );
      const target = dataset.organizations.find(
        (org) => org.org_type === 'cpas' && org.id !== spw.id && !linked.has(org.id),
      );
      return target ? { from: spw, to: target } : null;
    });
    expect(ends).not.toBeNull();
    if (!ends) return;
    // The CPAS, a group, are opened so that one of them can be picked in the drawing.
    await page.getByRole('button', { name: 'Ouvrir : 261 CPAS' }).click();
    await page.waitForFunction(
      (id) => (window as unknown as HookWindow).__atlasNetwork.node(id) !== null,
      ends.to.id,
    );
    const edgesBefore = (await edgeKeys(page)).length;

    await focusOn(page, ends.from.name);
    await page.getByRole('button', { name: `Nouvelle relation depuis ${ends.from.name}` }).click();
    expect(
      await page.locator('canvas.network-surface').getAttribute('data-picking'),
    ).not.toBeNull();
    // The target is picked in the drawing: a node click, which no longer selects.
    await clickNode(page, ends.to.id);
    // The form is the detail panel's relationship form, from the focused organisation.
    const form = page.locator('.network-links').getByRole('form');
    await expect
      .poll(() => form.getByRole('combobox', { name: /Organisation liée/ }).inputValue())
      .toBe(ends.to.name);
    await form.getByRole('combobox', { name: 'Relation' }).selectOption('refers_to');
    await form
      .getByRole('textbox', { name: 'Source', exact: true })
      .fill('Relation d’essai saisie par un test de navigateur');
    await form.getByRole('textbox', { name: /Votre nom/ }).fill('Testeuse');

    const violations = await seriousAxeViolations(page, '.network-links');
    expect(violations).toEqual([]);

    await form.getByRole('button', { name: 'Créer' }).click();
    await expect.poll(() => relationshipsBetween(page, ends.from.id, ends.to.id)).toHaveLength(1);
    const [created] = await relationshipsBetween(page, ends.from.id, ends.to.id);
    expect(created).toMatchObject({
      type: 'refers_to',
      source: 'Relation d’essai saisie par un test de navigateur',
    });
    expect(
      await page.evaluate(() =>
        (window as unknown as NetworkWindow).__atlas.store
          .getState()
          .history.done.map((transaction) => transaction.label),
      ),
    ).toEqual(['createRelationship']);
    // It is drawn, and listed with its source among the focused organisation's links.
    await expect.poll(async () => (await edgeKeys(page)).includes(created?.id ?? '')).toBe(true);
    expect((await edgeKeys(page)).length).toBe(edgesBefore + 1);
    expect(
      await page.evaluate(
        (key) => (window as unknown as HookWindow).__atlasNetwork.edge(key),
        created?.id ?? '',
      ),
    ).toMatchObject({ type: 'refers_to', state: 'near' });
    expect(
      await page.locator(`.network-links li[data-id="${created?.id}"]`).textContent(),
    ).toContain('Relation d’essai saisie par un test de navigateur');

    await page.evaluate(() => (window as unknown as NetworkWindow).__atlas.settled());
    await page.reload();
    await openNetwork(page);
    await page.getByRole('button', { name: 'Ouvrir : 261 CPAS' }).click();
    await expect.poll(() => relationshipsBetween(page, ends.from.id, ends.to.id)).toHaveLength(1);
    await expect.poll(async () => (await edgeKeys(page)).includes(created?.id ?? '')).toBe(true);
  }, 180_000);

  it('opens on who coordinates, funds and refers, with the CPAS and the communes as groups that open on a click', async () => {
    const page = await openApp(session.context);
    await openNetwork(page);
    const count = () =>
      page.evaluate(() => (window as unknown as HookWindow).__atlasNetwork.nodes());
    const before = await count();
    expect(before).toBeLessThan(60);
    const group = await restingNode(page, 'group:cpas');
    expect(group.name).toBe('261 CPAS');
    expect(
      await page.evaluate(() => (window as unknown as HookWindow).__atlasNetwork.labels()),
    ).toEqual(expect.arrayContaining(['group:cpas', 'group:local_authority']));
    // "261 CPAS" opens into its members.
    await page.mouse.click(group.clientX, group.clientY);
    await expect.poll(count).toBe(before - 1 + 261);
    expect(
      await page.evaluate(() =>
        (window as unknown as HookWindow).__atlasNetwork.node('group:cpas'),
      ),
    ).toBeNull();
    await expect
      .poll(() =>
        page.getByRole('button', { name: 'Regrouper : 261 CPAS' }).getAttribute('aria-pressed'),
      )
      .toBe('true');
  });

  it('lays the network out by level, international above federal above local', async () => {
    const page = await openApp(session.context);
    await openNetwork(page);
    await page.getByRole('radio', { name: 'Par niveau de pouvoir' }).check();
    await expect
      .poll(() =>
        page.evaluate(() => (window as unknown as HookWindow).__atlasNetwork.layoutMode()),
      )
      .toBe('levels');
    const ids = await page.evaluate(() => {
      const { dataset } = (window as unknown as NetworkWindow).__atlas.store.getState();
      const find = (name: string) =>
        dataset.organizations.find((org) => org.name.startsWith(name))?.id;
      return { iom: find('OIM / IOM'), fedasil: find('Fedasil'), spw: find('SPW Intérieur') };
    });
    const y = async (id = '') => (await restingNode(page, id)).clientY;
    expect(await y(ids.iom)).toBeLessThan(await y(ids.fedasil));
    expect(await y(ids.fedasil)).toBeLessThan(await y(ids.spw));
    expect(await y(ids.spw)).toBeLessThan(await y('group:cpas'));
  });

  it('writes no label over another, on screen and in the SVG export', async () => {
    const page = await openApp(session.context);
    await openNetwork(page);
    await restingNode(page, 'group:cpas');
    type Box = [number, number, number, number];
    const overlapping = (boxes: Box[], slack = 0) =>
      boxes.flatMap((a, at) =>
        boxes
          .slice(at + 1)
          .filter(
            (b) =>
              a[0] + slack < b[2] &&
              b[0] + slack < a[2] &&
              a[1] + slack < b[3] &&
              b[1] + slack < a[3],
          )
          .map((b) => [a, b]),
      );
    const screen = await page.evaluate(() =>
      (window as unknown as HookWindow).__atlasNetwork.labelBoxes(),
    );
    expect(screen.length).toBeGreaterThan(15);
    expect(overlapping(screen)).toEqual([]);
    // Nor under the legend over the drawing.
    const legend = await page.getByTestId('network-legend').boundingBox();
    if (!legend) throw new Error('no legend');
    const legendBox: Box = [legend.x, legend.y, legend.x + legend.width, legend.y + legend.height];
    expect(overlapping([legendBox, ...screen]).filter(([a]) => a === legendBox)).toEqual([]);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'SVG', exact: true }).click(),
    ]);
    const svg = readFileSync(await download.path(), 'utf8');
    // Laid out by the browser with the export's own fonts: each label's box as drawn.
    const exported = await page.evaluate((text) => {
      const host = document.createElement('div');
      host.style.cssText = 'position:absolute;left:0;top:0';
      host.innerHTML = text.replace(/^<\?xml[^>]*>/, '');
      document.body.append(host);
      const boxes = [...host.querySelectorAll('text.network-label')].map((label) => {
        const box = label.getBoundingClientRect();
        return [box.left, box.top, box.right, box.bottom];
      });
      const legendBox = host.querySelector('.network-legend')?.getBoundingClientRect();
      host.remove();
      return { boxes, legendRight: legendBox?.right ?? 0 };
    }, svg);
    expect(exported.boxes.length).toBeGreaterThan(15);
    // A pixel of slack: glyph boxes include their side bearings.
    expect(overlapping(exported.boxes as Box[], 1)).toEqual([]);
    // The legend is beside the drawing: no label under it.
    expect(Math.min(...exported.boxes.map((box) => box[0] ?? 0))).toBeGreaterThanOrEqual(
      exported.legendRight,
    );
  });

  it('shows each relationship’s confidence and filters on it', async () => {
    const page = await openApp(session.context);
    await openNetwork(page);
    const confidences = () =>
      page.evaluate(() => {
        const hook = (window as unknown as HookWindow).__atlasNetwork;
        return hook.edgeKeys().map((key) => hook.edge(key)?.confidence ?? '?');
      });
    const all = await confidences();
    expect(new Set(all)).toEqual(new Set(['high', 'medium']));
    expect(await page.getByTestId('network-legend').textContent()).toContain(
      'Fiabilité (épaisseur du trait)',
    );
    await page.getByRole('checkbox', { name: /^Moyenne/ }).uncheck();
    await expect.poll(async () => new Set(await confidences())).toEqual(new Set(['high']));
    expect((await confidences()).length).toBe(all.filter((value) => value === 'high').length);
  });
});
