import type { Page } from 'playwright-core';
import { browserPerFile, openApp } from './driver';
import { renameFirstService, serviceName } from './service_edits';

/** The store behind the page (test hooks build), typed as much as these tests need. */
interface PageStore {
  getState(): {
    dataset: { services: { id: string; name: string }[] };
    history: { done: unknown[]; undone: unknown[] };
    setAuthor(name: string): void;
    transact(patch: unknown[], label: string): { ok: boolean };
  };
}
type AtlasWindow = { __atlas: { store: PageStore; settled(): Promise<void> } };

/** Waits until the interface says the change log is on disk. */
async function waitSaved(page: Page): Promise<void> {
  await page.locator('.save-status[data-status="saved"]').waitFor({ timeout: 10_000 });
}

const session = browserPerFile({ width: 1400, height: 900 });

describe('local edits', () => {
  it('survive a reload, with the reminder that they are not exported', async () => {
    const page = await openApp(session.context);
    const id = await renameFirstService(page, 'Service renommé (test)');
    await waitSaved(page);
    await expect.poll(() => page.getByText('1 modification non exportée').count()).toBe(1);
    await page.reload();
    await page.locator('.save-status[data-status="saved"]').waitFor();
    expect(await serviceName(page, id)).toBe('Service renommé (test)');
    await expect.poll(() => page.getByText('1 modification non exportée').count()).toBe(1);
  });

  it('undo and redo with the buttons and the keyboard, and the result is what is saved', async () => {
    const page = await openApp(session.context);
    const id = await renameFirstService(page, 'Premier nom');
    const original = await page.evaluate(
      () => (window as unknown as AtlasWindow).__atlas.store.getState().history.done.length,
    );
    expect(original).toBe(1);
    await page.getByRole('button', { name: 'Défaire', exact: true }).click();
    expect(await serviceName(page, id)).not.toBe('Premier nom');
    await page.getByRole('button', { name: 'Refaire', exact: true }).click();
    expect(await serviceName(page, id)).toBe('Premier nom');
    await page.locator('body').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('Control+z');
    expect(await serviceName(page, id)).not.toBe('Premier nom');
    await page.keyboard.press('Control+Shift+z');
    expect(await serviceName(page, id)).toBe('Premier nom');
    await page.keyboard.press('Control+z');
    await waitSaved(page);
    await page.evaluate(() => (window as unknown as AtlasWindow).__atlas.settled());
    const undoneName = await serviceName(page, id);
    await page.reload();
    await page.locator('.save-status[data-status="saved"]').waitFor();
    expect(await serviceName(page, id)).toBe(undoneName);
    await expect
      .poll(() => page.getByRole('button', { name: 'Refaire', exact: true }).isEnabled())
      .toBe(true);
  });

  it('show in one tab what another tab changed', async () => {
    const first = await openApp(session.context);
    const second = await openApp(session.context);
    const id = await renameFirstService(first, 'Changé dans le premier onglet');
    await waitSaved(first);
    await expect.poll(() => serviceName(second, id)).toBe('Changé dans le premier onglet');
  });

  it('are not lost when the page is killed right after the edit was acknowledged', async () => {
    const page = await openApp(session.context);
    const id = await renameFirstService(page, 'Avant le crash');
    await waitSaved(page);
    const cdp = await session.context.newCDPSession(page);
    // Page.crash never answers: the renderer is gone.
    void cdp.send('Page.crash').catch(() => undefined);
    await page.waitForEvent('crash', { timeout: 10_000 });
    const after = await openApp(session.context);
    await after.locator('.save-status[data-status="saved"]').waitFor();
    expect(await serviceName(after, id)).toBe('Avant le crash');
  });
});
