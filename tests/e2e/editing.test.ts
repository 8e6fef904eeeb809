import type { BrowserContext, Page } from 'playwright-core';
import { appUrl, browserPerFile, seriousAxeViolations } from './driver';

const session = browserPerFile({ width: 1400, height: 1000 });

// A browser test here opens the whole app, edits, reloads and runs axe-core: on a shared
// machine that can take over the default minute.
vi.setConfig({ testTimeout: 150_000 });

/**
 * Waits until the data is loaded (and local edits re-applied): editing does not need the
 * map to be idle, which on a busy machine can take long.
 */
async function waitForData(page: Page): Promise<void> {
  await page.waitForFunction(
    () =>
      (
        window as unknown as {
          __atlas?: { store: { getState(): { load: { status: string } } } };
        }
      ).__atlas?.store.getState().load.status === 'ready',
    undefined,
    { timeout: 90_000 },
  );
}

/** What each page threw, checked at the end of each test. */
const thrown = new Map<Page, string[]>();

/** Opens the app on an empty profile, recording any error the page throws. */
async function openEditor(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  const errors: string[] = [];
  thrown.set(page, errors);
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(appUrl());
  await waitForData(page);
  return page;
}

/** The detail panel (a region named "Détails"). */
function details(page: Page) {
  return page.getByRole('region', { name: 'Détails' });
}

function table(page: Page) {
  return page.getByRole('table', { name: 'Services et sites filtrés' });
}

/** Filters every view by free text. */
function search(page: Page, text: string): Promise<void> {
  return page.getByLabel('Rechercher', { exact: true }).fill(text);
}

/** What Tab should reach: an element matching a selector, with a text, or with a label. */
interface Target {
  selector?: string;
  text?: string;
  labelStart?: string;
}

/** Presses Tab until the focused element is the target, as a keyboard user would. */
async function tabTo(page: Page, target: Target): Promise<void> {
  for (let presses = 0; presses < 100; presses += 1) {
    await page.keyboard.press('Tab');
    const found = await page.evaluate(({ selector, text, labelStart }) => {
      const element = document.activeElement;
      if (!element) return false;
      if (selector) return element.matches(selector);
      if (text) return element.textContent === text;
      const label = (element as HTMLInputElement).labels?.[0]?.textContent ?? '';
      return labelStart !== undefined && label.startsWith(labelStart);
    }, target);
    if (found) return;
  }
  throw new Error(`Tab never reached ${JSON.stringify(target)}`);
}

/** Filters the table by free text and opens the first row's details. */
async function openFirstSite(page: Page, text: string): Promise<string> {
  await search(page, text);
  const row = table(page).locator('tbody tr').first();
  await row.waitFor();
  const service = (await row.locator('td').first().textContent())?.trim() ?? '';
  await row.click();
  await details(page).getByRole('heading', { level: 2 }).waitFor();
  return service;
}

/** The services the store holds whose name is `name`. */
function servicesNamed(page: Page, name: string): Promise<number> {
  return page.evaluate(
    (wanted) =>
      (
        window as unknown as {
          __atlas: { store: { getState(): { dataset: { services: { name: string }[] } } } };
        }
      ).__atlas.store
        .getState()
        .dataset.services.filter((service) => service.name === wanted).length,
    name,
  );
}

afterEach(() => {
  const errors = [...thrown.values()].flat();
  thrown.clear();
  expect(errors).toEqual([]);
});

describe('editing', () => {
  it('edits a service through its form, shows it in the table, and finds it after a reload', async () => {
    const page = await openEditor(session.context);
    await openFirstSite(page, 'CPAS de Liège');
    await details(page).getByRole('button', { name: 'Modifier le service' }).click();
    const form = page.getByRole('form');
    const name = form.getByRole('textbox', { name: /Nom du service/ });
    await name.fill('Permanence sociale Ukraine (modifiée)');
    await form.getByRole('combobox', { name: 'Catégorie' }).selectOption('integration');
    await form.getByRole('textbox', { name: /Votre nom/ }).fill('Testeuse');
    await form.getByRole('button', { name: 'Enregistrer' }).click();

    await expect
      .poll(() => details(page).getByRole('heading', { level: 2 }).textContent())
      .toBe('Permanence sociale Ukraine (modifiée)');
    await search(page, 'Permanence sociale Ukraine');
    const row = table(page).locator('tbody tr', {
      hasText: 'Permanence sociale Ukraine (modifiée)',
    });
    await expect.poll(() => row.count()).toBe(1);
    expect(await row.textContent()).toContain('Intégration');

    await page.evaluate(() =>
      (window as unknown as { __atlas: { settled(): Promise<void> } }).__atlas.settled(),
    );
    await page.reload();
    await waitForData(page);
    await expect
      .poll(() => servicesNamed(page, 'Permanence sociale Ukraine (modifiée)'), { timeout: 20_000 })
      .toBe(1);
    await search(page, 'Permanence sociale Ukraine');
    await expect.poll(() => row.count()).toBe(1);
    expect(await row.textContent()).toContain('Intégration');
  });

  it('can be edited with the keyboard alone', async () => {
    const page = await openEditor(session.context);
    await search(page, 'CPAS de Namur');
    await table(page).locator('tbody tr').first().waitFor();
    // Tab to the table's first row, open it with Enter, then Tab to "Modifier le service".
    await tabTo(page, { selector: 'tbody tr' });
    await page.keyboard.press('Enter');
    await details(page).getByRole('heading', { level: 2 }).waitFor();
    await tabTo(page, { text: 'Modifier le service' });
    await page.keyboard.press('Enter');
    // The form opens with the focus on the service's name.
    expect(
      await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.value ?? ''),
    ).not.toBe('');
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('Accueil CPAS Namur (clavier)');
    // Escape in the form cancels it: nothing is saved.
    await page.keyboard.press('Escape');
    expect(await page.getByRole('form').count()).toBe(0);
    expect(await servicesNamed(page, 'Accueil CPAS Namur (clavier)')).toBe(0);
    expect(await details(page).count()).toBe(1);

    // The focus is back on the button: open the form again, type, give a name, press Enter.
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(
      'Modifier le service',
    );
    await page.keyboard.press('Enter');
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('Accueil CPAS Namur (clavier)');
    await tabTo(page, { labelStart: 'Votre nom' });
    await page.keyboard.type('Clavier');
    await page.keyboard.press('Enter');
    await expect.poll(() => servicesNamed(page, 'Accueil CPAS Namur (clavier)')).toBe(1);
    await expect
      .poll(() => details(page).getByRole('heading', { level: 2 }).textContent())
      .toBe('Accueil CPAS Namur (clavier)');
  });

  it('has no serious or critical accessibility violation with a form open (axe-core)', async () => {
    const page = await openEditor(session.context);
    await openFirstSite(page, 'CPAS de Liège');
    await details(page).getByRole('button', { name: 'Modifier le service' }).click();
    const url = page.getByRole('textbox', { name: 'Site web' });
    await url.fill('pas une adresse');
    await url.blur();
    await page.getByRole('button', { name: 'Enregistrer' }).click();
    await expect.poll(() => url.getAttribute('aria-invalid')).toBe('true');
    expect(await seriousAxeViolations(page)).toEqual([]);
  });

  it('has no serious or critical accessibility violation in bulk edit and the creation dialog', async () => {
    const page = await openEditor(session.context);
    await search(page, 'CPAS de Liège');
    await table(page).getByRole('checkbox').nth(1).check();
    await page.getByRole('group', { name: /Modification groupée/ }).waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Nouveau service' }).click();
    await page.getByRole('dialog', { name: 'Nouveau service' }).waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
  });
});
