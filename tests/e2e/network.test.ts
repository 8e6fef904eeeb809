import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { browserPerFile, openApp, seriousAxeViolations } from './driver';

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
    () => document.querySelectorAll('svg circle.network-node').length > 100,
    undefined,
    {
      timeout: 30_000,
    },
  );
}

function nodeStates(page: Page): Promise<Record<string, number>> {
  return page.evaluate(() => {
    const counts: Record<string, number> = {};
    for (const node of document.querySelectorAll('svg circle.network-node')) {
      const state = node.getAttribute('data-state') || 'none';
      counts[state] = (counts[state] ?? 0) + 1;
    }
    return counts;
  });
}

describe('the stakeholder network', () => {
  it('draws the network, focuses on the SPW Intérieur et Action sociale and exports a valid SVG', async () => {
    const page = await openApp(session.context);
    await openNetwork(page);
    const counts = (await page.getByTestId('network-counts').textContent()) ?? '';
    expect(counts).toMatch(/^\d[\d\s\u202f]* organisations, \d[\d\s\u202f]* relations$/);
    expect(await page.locator('svg line.network-edge').count()).toBeGreaterThan(100);

    await page.getByLabel('Trouver une organisation').fill('SPW Intérieur et Action sociale');
    await page.getByRole('button', { name: 'Trouver', exact: true }).click();
    await expect
      .poll(() => page.getByTestId('network-focus').textContent())
      .toContain('SPW Intérieur et Action sociale');
    const states = await nodeStates(page);
    expect(states.focus).toBe(1);
    expect(states.near ?? 0).toBeGreaterThan(0);
    expect(states.faded ?? 0).toBeGreaterThan(100);
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
        legend: document.querySelector('.network-legend')?.textContent ?? '',
      };
    }, svg);
    expect(parsed.errors).toBe(0);
    expect(parsed.nodes).toBeGreaterThan(100);
    expect(parsed.legend).toContain('CPAS');
  });

  it('sizes and colours the nodes by a metric, with its legend, and exports a PNG of it', async () => {
    const page = await openApp(session.context);
    await openNetwork(page);
    const radii = () =>
      page.evaluate(() =>
        [...document.querySelectorAll('svg circle.network-node')].map((node) =>
          Number(node.getAttribute('r')),
        ),
      );
    const byDegree = await radii();
    await page.getByRole('table', { name: /Organisations du réseau/ }).waitFor();
    await page.getByLabel('Taille des nœuds').selectOption('betweenness');
    await page.getByLabel('Couleur des nœuds').selectOption('community');
    await expect.poll(async () => (await radii()).join()).not.toBe(byDegree.join());
    const legend = () => page.locator('svg .network-legend').textContent();
    await expect.poll(legend).toContain('Communauté 1');
    expect(await legend()).toContain('Taille : intermédiarité');
    const fills = await page.evaluate(
      () =>
        new Set(
          [...document.querySelectorAll('svg circle.network-node')].map((node) =>
            node.getAttribute('fill'),
          ),
        ).size,
    );
    expect(fills).toBeGreaterThan(2);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'PNG', exact: true }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^atlas-network-.*\.png$/);
    const png = readFileSync(await download.path());
    // The PNG signature, then the IHDR chunk with the width and height (twice the drawing's).
    expect([...png.subarray(0, 8)]).toEqual([137, 80, 78, 71, 13, 10, 26, 10]);
    const width = png.readUInt32BE(16);
    const drawing = await page.evaluate(
      () => document.querySelector('svg.network-svg')?.clientWidth ?? 0,
    );
    expect(width).toBe(drawing * 2);
    expect(png.length).toBeGreaterThan(20_000);
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
    // Wait for the layout to settle enough for the node to be clickable.
    await page.waitForTimeout(500);
    await page.locator(`svg circle.network-node[data-id="${cpas.id}"]`).dispatchEvent('click');
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
    const edgesBefore = await page.locator('svg line.network-edge').count();

    await focusOn(page, ends.from.name);
    await page.getByRole('button', { name: `Nouvelle relation depuis ${ends.from.name}` }).click();
    // The target is picked in the drawing: a node click, which no longer selects.
    await page.locator(`svg circle.network-node[data-id="${ends.to.id}"]`).dispatchEvent('click');
    await expect.poll(() => page.getByLabel('Organisation cible').inputValue()).toBe(ends.to.name);
    await page.getByLabel('Type de relation').selectOption('partners_with');
    await page
      .getByLabel('Source : d’où vient ce fait')
      .fill('Relation d’essai saisie par un test de navigateur');

    const violations = await seriousAxeViolations(page, '.network-links');
    expect(violations).toEqual([]);

    await page.getByRole('button', { name: 'Ajouter la relation' }).click();
    await expect.poll(() => relationshipsBetween(page, ends.from.id, ends.to.id)).toHaveLength(1);
    const [created] = await relationshipsBetween(page, ends.from.id, ends.to.id);
    expect(created).toMatchObject({
      type: 'partners_with',
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
    await expect
      .poll(() => page.locator(`svg line.network-edge[data-id="${created?.id}"]`).count())
      .toBe(1);
    expect(await page.locator('svg line.network-edge').count()).toBe(edgesBefore + 1);
    expect(
      await page.locator(`.network-links li[data-id="${created?.id}"]`).textContent(),
    ).toContain('Relation d’essai saisie par un test de navigateur');

    await page.evaluate(() => (window as unknown as NetworkWindow).__atlas.settled());
    await page.reload();
    await openNetwork(page);
    await expect.poll(() => relationshipsBetween(page, ends.from.id, ends.to.id)).toHaveLength(1);
    await expect
      .poll(() => page.locator(`svg line.network-edge[data-id="${created?.id}"]`).count())
      .toBe(1);
  }, 180_000);
});
