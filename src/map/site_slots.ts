import { replacedRows, type SiteRow } from '../explore/sites';
import { maskSelects, type SiteSync } from './site_worker';
import { SiteFeatures } from './sources';

/** Gaps left by removed sites are closed (all sent again) once they outnumber the sites. */
const COMPACT_AFTER = 1024;

/**
 * The main thread's record of what MapLibre's workers hold (see site_worker.ts): a slot
 * per site id, stable across edits, and the feature text last sent for it. From it come
 * the messages that keep the workers up to date (only the features that changed) and the
 * bit mask that tells them which sites the filters show.
 */
export class SiteSlotMirror {
  private slots = new Map<string, number>();
  private texts: (string | null)[] = [];
  private generation = 0;
  /** Slots whose feature changed since the map last drew the sites. */
  private changed = new Set<number>();
  /** The mask the sites source shows (null before it shows any). */
  private drawn: string | null = null;
  /** Changes whenever a site gets or loses a slot: the masks made before no longer hold. */
  private layout = 0;
  /**
   * The mask of each list of visible sites met: the filters give the same list again for
   * the same commune or category (see explore/site_index.ts), and its mask is not made twice.
   */
  private masks = new WeakMap<readonly SiteRow[], { layout: number; mask: string }>();
  /**
   * The slot of each row of the sites last synced, by the row itself: a mask of 25,000
   * visible sites then costs no lookup of their 36-character ids.
   */
  private slotOfRow = new WeakMap<SiteRow, number>();

  /** The feature of each site, as last synced. */
  features = new SiteFeatures();
  private synced: readonly SiteRow[] | null = null;

  /**
   * The message bringing the workers to the sites of `all`, a new version of the dataset
   * (null when no feature changed: an edit of a name, a phone). An edit costs the rows it
   * changed, even among 100,000 sites; anything else goes over every site (each version's
   * features are made from the last one's, see SiteFeatures).
   */
  follow(all: readonly SiteRow[]): SiteSync | null {
    const edited = this.synced && replacedRows(this.synced, all);
    this.synced = all;
    if (edited) {
      const put: string[] = [];
      const remove: number[] = [];
      for (const [old, row] of edited) {
        this.features.adopt(old, row);
        if (!this.syncRow(row, put)) this.unslot(row.id, remove);
      }
      return this.message(put, remove);
    }
    this.features = new SiteFeatures(this.features);
    const sync = this.sync(all);
    this.features.settle();
    return sync;
  }

  /**
   * The message bringing the workers to the features of `all` (null when no feature
   * changed: an edit of a name, a phone).
   */
  private sync(all: readonly SiteRow[]): SiteSync | null {
    const seen = new Set<string>();
    const put: string[] = [];
    for (const site of all) {
      if (this.syncRow(site, put)) seen.add(site.id);
    }
    const remove: number[] = [];
    for (const id of this.slots.keys()) {
      if (!seen.has(id)) this.unslot(id, remove);
    }
    if (this.texts.length > 2 * this.slots.size + COMPACT_AFTER) return this.compact(all);
    return this.message(put, remove);
  }

  /** Frees the slot of a site no longer drawn (gone, or without coordinates now). */
  private unslot(id: string, remove: number[]): void {
    const slot = this.slots.get(id);
    if (slot === undefined) return;
    this.slots.delete(id);
    this.layout += 1;
    this.texts[slot] = null;
    this.changed.add(slot);
    remove.push(slot);
  }

  /** Records a site's slot; its feature's text goes to `put` if it changed. False without one. */
  private syncRow(site: SiteRow, put: string[]): boolean {
    const text = this.features.text(site);
    if (text === null) return false;
    let slot = this.slots.get(site.id);
    if (slot === undefined) {
      slot = this.texts.length;
      this.slots.set(site.id, slot);
      this.layout += 1;
      this.texts.push(null);
    }
    if (this.slotOfRow.get(site) !== slot) this.slotOfRow.set(site, slot);
    if (this.texts[slot] !== text) {
      this.texts[slot] = text;
      this.changed.add(slot);
      put.push(`[${slot},${text}]`);
    }
    return true;
  }

  private message(put: readonly string[], remove: number[]): SiteSync | null {
    if (put.length === 0 && remove.length === 0 && this.generation > 0) return null;
    this.generation += 1;
    return {
      generation: this.generation,
      reset: this.generation === 1,
      put: `[${put.join(',')}]`,
      remove,
    };
  }

  /** Everything the workers should hold, for workers that start empty. */
  full(): SiteSync {
    const put: string[] = [];
    this.texts.forEach((text, slot) => {
      if (text !== null) put.push(`[${slot},${text}]`);
    });
    return { generation: this.generation, reset: true, put: `[${put.join(',')}]`, remove: [] };
  }

  private compact(all: readonly SiteRow[]): SiteSync {
    this.slots = new Map();
    this.slotOfRow = new WeakMap();
    this.layout += 1;
    this.texts = [];
    this.generation = 0;
    this.sync(all);
    this.drawn = null;
    return this.full();
  }

  /** The visible sites as a mask: "all", or a bit set over the slots in base64url. */
  mask(visible: readonly SiteRow[], all: readonly SiteRow[] | null): string {
    if (visible === all) return 'all';
    const known = this.masks.get(visible);
    if (known?.layout === this.layout) return known.mask;
    const mask = this.maskOf(visible);
    this.masks.set(visible, { layout: this.layout, mask });
    return mask;
  }

  private maskOf(visible: readonly SiteRow[]): string {
    const bits = new Uint8Array((this.texts.length + 7) >> 3);
    for (const site of visible) {
      const slot = this.slotOfRow.get(site);
      if (slot !== undefined) bits[slot >> 3] = (bits[slot >> 3] ?? 0) | (1 << (slot & 7));
    }
    let binary = '';
    for (let start = 0; start < bits.length; start += 8192) {
      binary += String.fromCharCode(...bits.subarray(start, start + 8192));
    }
    return btoa(binary).replaceAll('+', '-').replaceAll('/', '_');
  }

  /**
   * The URL the sites source loads to show `mask`, or null when it shows that already
   * (same mask, and no feature it selects changed since).
   */
  urlFor(mask: string, scheme: string): string | null {
    if (this.drawn === mask && !this.touches(mask)) return null;
    this.drawn = mask;
    this.changed.clear();
    return `${scheme}://${this.generation}/${mask}`;
  }

  private touches(mask: string): boolean {
    if (this.changed.size === 0) return false;
    const selects = maskSelects(mask);
    for (const slot of this.changed) if (selects(slot)) return true;
    return false;
  }
}
