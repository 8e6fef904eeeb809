/**
 * Edits the browser tests make through the page's store (test hooks build), the one write
 * path a form would take, and what they read back.
 */
import type { Page } from 'playwright-core';

interface EditingWindow {
  __atlas: {
    store: {
      getState(): {
        dataset: { services: { id: string; name: string }[] };
        setAuthor(name: string): void;
        transact(patch: unknown[], label: string): { ok: boolean };
      };
    };
  };
}

/** Renames the first curated service through the write path; returns its id. */
export function renameFirstService(page: Page, name: string): Promise<string> {
  return page.evaluate((newName) => {
    const { store } = (window as unknown as EditingWindow).__atlas;
    const state = store.getState();
    state.setAuthor('Test');
    const service = state.dataset.services[0];
    if (!service) throw new Error('no service');
    const result = state.transact(
      [{ table: 'services', id: service.id, field: 'name', old: service.name, new: newName }],
      'editRecord',
    );
    if (!result.ok) throw new Error('refused');
    return service.id;
  }, name);
}

/** The name of a service as the page's data holds it now. */
export function serviceName(page: Page, id: string): Promise<string | undefined> {
  return page.evaluate(
    (serviceId) =>
      (window as unknown as EditingWindow).__atlas.store
        .getState()
        .dataset.services.find((service) => service.id === serviceId)?.name,
    id,
  );
}
