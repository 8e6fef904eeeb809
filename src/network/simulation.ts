/**
 * The force layout of the network (d3-force), free of the DOM so it runs in the layout
 * worker (and, where no Worker exists, in a test). Positions travel as one Float64Array
 * [x0, y0, x1, y1, …] in the order of the nodes given to `createLayout`.
 */
import {
  forceCollide,
  forceLink,
  forceManyBody,
  forceSimulation,
  forceX,
  forceY,
  type Simulation,
  type SimulationLinkDatum,
  type SimulationNodeDatum,
} from 'd3';

export interface LayoutNodeInput {
  id: string;
  radius: number;
  /** A previous position, kept so a filter change does not scatter the drawing. */
  x?: number;
  y?: number;
}

export interface LayoutLinkInput {
  source: string;
  target: string;
}

interface LayoutNode extends SimulationNodeDatum {
  id: string;
  radius: number;
}

export interface Layout {
  /** Runs `ticks` steps; true while the simulation is still moving. */
  step(ticks: number): boolean;
  positions(): Float64Array;
  /** Pins a node at (x, y) (drag), waking the layout up. */
  pin(id: string, x: number, y: number): void;
  /** Lets a pinned node go. */
  release(id: string): void;
  /** Wakes the layout up (after a drag). */
  reheat(alpha?: number): void;
}

/** Where a node without a previous position starts: a phyllotaxis spiral, deterministic. */
function initialPosition(index: number): [number, number] {
  const radius = 10 * Math.sqrt(0.5 + index);
  const angle = index * Math.PI * (3 - Math.sqrt(5));
  return [radius * Math.cos(angle), radius * Math.sin(angle)];
}

export function createLayout(
  nodes: readonly LayoutNodeInput[],
  links: readonly LayoutLinkInput[],
): Layout {
  const data: LayoutNode[] = nodes.map((node, index) => {
    const [x, y] =
      node.x !== undefined && node.y !== undefined ? [node.x, node.y] : initialPosition(index);
    return { id: node.id, radius: node.radius, x, y };
  });
  const byId = new Map(data.map((node) => [node.id, node]));
  // One link per pair: parallel relationships pull no harder than one.
  const seen = new Set<string>();
  const linkData: SimulationLinkDatum<LayoutNode>[] = [];
  for (const link of links) {
    if (link.source === link.target || !byId.has(link.source) || !byId.has(link.target)) continue;
    const key =
      link.source < link.target
        ? `${link.source}\u0000${link.target}`
        : `${link.target}\u0000${link.source}`;
    if (seen.has(key)) continue;
    seen.add(key);
    linkData.push({ source: link.source, target: link.target });
  }
  const simulation: Simulation<LayoutNode, SimulationLinkDatum<LayoutNode>> = forceSimulation(data)
    .force(
      'link',
      forceLink<LayoutNode, SimulationLinkDatum<LayoutNode>>(linkData)
        .id((node) => node.id)
        .distance(40)
        .strength(0.15),
    )
    .force('charge', forceManyBody<LayoutNode>().strength(-60).distanceMax(500))
    .force(
      'collide',
      forceCollide<LayoutNode>((node) => node.radius + 2),
    )
    .force('x', forceX<LayoutNode>(0).strength(0.04))
    .force('y', forceY<LayoutNode>(0).strength(0.04))
    .stop();
  // A layout reopened with known positions needs less work.
  if (nodes.length > 0 && nodes.every((node) => node.x !== undefined)) simulation.alpha(0.3);

  return {
    step(ticks) {
      if (simulation.alpha() < simulation.alphaMin()) return false;
      simulation.tick(ticks);
      return simulation.alpha() >= simulation.alphaMin();
    },
    positions() {
      const out = new Float64Array(data.length * 2);
      data.forEach((node, index) => {
        out[index * 2] = node.x ?? 0;
        out[index * 2 + 1] = node.y ?? 0;
      });
      return out;
    },
    pin(id, x, y) {
      const node = byId.get(id);
      if (!node) return;
      node.fx = x;
      node.fy = y;
      node.x = x;
      node.y = y;
    },
    release(id) {
      const node = byId.get(id);
      if (!node) return;
      node.fx = null;
      node.fy = null;
    },
    reheat(alpha = 0.3) {
      simulation.alpha(Math.max(simulation.alpha(), alpha));
    },
  };
}
