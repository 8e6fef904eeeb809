import type { LiveSet } from '../../src/lib/live_set';

/** A probe of one live instance, and how to stop it (its listeners) when the instance goes. */
export interface Probing<P> {
  probe: P;
  stop(): void;
}

/**
 * Probes each instance of `live` from now on and shows the newest one's probe (or
 * undefined when none is live); the returned function stops it all.
 */
export function probeNewest<T, P>(
  live: LiveSet<T>,
  probeOf: (item: T) => Probing<P>,
  show: (probe: P | undefined) => void,
): () => void {
  const probes = new Map<T, Probing<P>>();
  const showNewest = () => show([...probes.values()].at(-1)?.probe);
  const stopWatching = live.watch((item, isLive) => {
    if (isLive) probes.set(item, probeOf(item));
    else {
      probes.get(item)?.stop();
      probes.delete(item);
    }
    showNewest();
  });
  return () => {
    stopWatching();
    for (const probing of probes.values()) probing.stop();
    probes.clear();
    showNewest();
  };
}
