import { act, fireEvent } from '@testing-library/react';
import type { NetworkProbe } from '../../../hooks/network_probe';

/** The drawing's probe (installed for the jsdom tests by tests/setup.ts). */
export function network(): NetworkProbe {
  const hook = (window as Window & { __atlasNetwork?: NetworkProbe }).__atlasNetwork;
  if (!hook) throw new Error('the network drawing is not mounted');
  return hook;
}

/**
 * Lets the static engine's positions and metrics arrive (each in a microtask), inside act
 * since the metrics update the view.
 */
export async function laidOut(): Promise<void> {
  await act(() => new Promise((resolve) => setTimeout(resolve, 0)));
  expect(network().running()).toBe(false);
}

/** Clicks the canvas where a node is drawn, as a user would (hit-testing included). */
export function clickNode(container: HTMLElement, id: string): void {
  const canvas = container.querySelector('canvas.network-surface');
  const node = network().node(id);
  if (!canvas || !node) throw new Error(`no node ${id} drawn`);
  fireEvent.click(canvas, { clientX: node.clientX, clientY: node.clientY });
}

/** How many nodes are in each focus state ('none' for no state). */
export function nodeStates(): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const id of network().nodeIds()) {
    const state = network().node(id)?.state || 'none';
    counts[state] = (counts[state] ?? 0) + 1;
  }
  return counts;
}
