/**
 * jsdom lays nothing out: gives every element a size for the tests of this file, so a
 * virtualised list (site table, node table) draws its rows. Call at the top of a file.
 */
export function giveElementsASize(size = { clientHeight: 600, clientWidth: 1000 }): void {
  const saved = new Map<string, PropertyDescriptor | undefined>();
  beforeAll(() => {
    for (const [key, value] of Object.entries(size)) {
      saved.set(key, Object.getOwnPropertyDescriptor(HTMLElement.prototype, key));
      Object.defineProperty(HTMLElement.prototype, key, { configurable: true, get: () => value });
    }
  });
  afterAll(() => {
    for (const [key, descriptor] of saved) {
      if (descriptor) Object.defineProperty(HTMLElement.prototype, key, descriptor);
      else delete (HTMLElement.prototype as unknown as Record<string, unknown>)[key];
    }
  });
}
