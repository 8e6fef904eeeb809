/**
 * The live instances of one kind (the page's map controllers, its network drawings): the
 * owner of each adds it when it is made and deletes it when it is destroyed, and whoever
 * observes them without owning them finds them here and hears of them as they come and go
 * (a feature waiting for the map, the test probes in tests/hooks). Imports nothing.
 */
export class LiveSet<T> {
  private readonly items = new Set<T>();
  private readonly listeners = new Set<(item: T, live: boolean) => void>();

  add(item: T): void {
    if (this.items.has(item)) return;
    this.items.add(item);
    for (const listener of [...this.listeners]) listener(item, true);
  }

  delete(item: T): void {
    if (!this.items.delete(item)) return;
    for (const listener of [...this.listeners]) listener(item, false);
  }

  /** The live instances, oldest first. */
  values(): T[] {
    return [...this.items];
  }

  /**
   * Calls `listener` with each instance already live (`live` true), then with each one
   * added (true) or deleted (false) from now on; the returned function stops it.
   */
  watch(listener: (item: T, live: boolean) => void): () => void {
    this.listeners.add(listener);
    for (const item of [...this.items]) listener(item, true);
    return () => {
      this.listeners.delete(listener);
    };
  }
}
