/**
 * The layouts of the network, free of the DOM so they run in the layout worker (and, where
 * no Worker exists, in a test): the force layout (d3-force), and the layout by level, where
 * each node lies on its level's row (`band`), next to its partners above and below. Positions travel as
 * one Float64Array [x0, y0, x1, y1, …] in the order of the nodes given to `createLayout`.
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
  /** In the layout by level: the y of the node's row, graph units. */
  band?: number;
}

export interface LayoutLinkInput {
  source: string;
  target: string;
}

interface LayoutNode extends SimulationNodeDatum {
  id: string;
  radius: number;
  band?: number;
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

/** Graph units between two neighbours of a row in the layout by level. */
const ROW_SLOT = 90;
/** A row longer than this is staggered on two lines, this far above and below its level. */
const LONG_ROW = 8;
const STAGGER = 26;

/**
 * The layout by level: each node on its row (its `band`), in an order that keeps partners
 * above one another (each row sorted by the mean x of its partners in the other rows, a few
 * sweeps down and up), evenly spaced and centred. Deterministic; MUTATES the nodes' x, y.
 */
function layRows(data: readonly LayoutNode[], links: readonly SimulationLinkDatum<LayoutNode>[]) {
  const rows = new Map<number, LayoutNode[]>();
  for (const node of data) {
    const band = node.band ?? 0;
    const row = rows.get(band);
    if (row) row.push(node);
    else rows.set(band, [node]);
  }
  const partners = new Map<LayoutNode, LayoutNode[]>();
  const byId = new Map(data.map((node) => [node.id, node]));
  for (const link of links) {
    const a = byId.get(String(link.source));
    const b = byId.get(String(link.target));
    if (!a || !b || a.band === b.band) continue;
    partners.set(a, [...(partners.get(a) ?? []), b]);
    partners.set(b, [...(partners.get(b) ?? []), a]);
  }
  const place = (row: LayoutNode[]) => {
    // A long row zigzags: twice as many nodes in the same width, each name with room.
    const long = row.length > LONG_ROW;
    row.forEach((node, at) => {
      node.x = (at - (row.length - 1) / 2) * (long ? ROW_SLOT / 2 : ROW_SLOT);
      node.y = (node.band ?? 0) + (long ? (at % 2 === 0 ? -STAGGER : STAGGER) : 0);
    });
  };
  const ordered = [...rows.keys()].sort((a, b) => a - b).map((band) => rows.get(band) ?? []);
  for (const row of ordered) {
    row.sort((a, b) => (a.x ?? 0) - (b.x ?? 0));
    place(row);
  }
  for (let sweep = 0; sweep < 6; sweep += 1) {
    const order = sweep % 2 === 0 ? ordered : [...ordered].reverse();
    for (const row of order) {
      const key = new Map(
        row.map((node) => {
          const others = partners.get(node) ?? [];
          const mean = others.reduce((sum, other) => sum + (other.x ?? 0), 0) / others.length;
          return [node, others.length > 0 ? mean : (node.x ?? 0)];
        }),
      );
      row.sort((a, b) => (key.get(a) ?? 0) - (key.get(b) ?? 0));
      place(row);
    }
  }
}

/**
 * How the layout starts: `alpha` 1 moves every node (a new arrangement, such as switching
 * to the layout by level); unset, a network whose nodes all have positions moves a little.
 */
export interface LayoutStart {
  alpha?: number;
}

export function createLayout(
  nodes: readonly LayoutNodeInput[],
  links: readonly LayoutLinkInput[],
  start: LayoutStart = {},
): Layout {
  const data: LayoutNode[] = nodes.map((node, index) => {
    const [x, y] =
      node.x !== undefined && node.y !== undefined
        ? [node.x, node.y]
        : [initialPosition(index)[0], node.band ?? initialPosition(index)[1]];
    return node.band === undefined
      ? { id: node.id, radius: node.radius, x, y }
      : { id: node.id, radius: node.radius, x, y, band: node.band };
  });
  const byLevel = data.some((node) => node.band !== undefined);
  // A few dozen nodes get more room each, for their names: the drawing is fitted to the
  // view anyway, and a tight ball of fifty leaves no place for a label.
  const roomy = data.length < 300;
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
  if (byLevel) {
    layRows(data, linkData);
    // Held on their rows: a drag moves one node, the forces none.
    for (const node of data) {
      node.fx = node.x;
      node.fy = node.y;
    }
  }
  const simulation: Simulation<LayoutNode, SimulationLinkDatum<LayoutNode>> = forceSimulation(data)
    .force(
      'link',
      forceLink<LayoutNode, SimulationLinkDatum<LayoutNode>>(linkData)
        .id((node) => node.id)
        .distance(roomy ? 70 : 40)
        .strength(0.15),
    )
    .force(
      'charge',
      forceManyBody<LayoutNode>()
        .strength(roomy ? -220 : -60)
        .distanceMax(500),
    )
    .force(
      'collide',
      forceCollide<LayoutNode>((node) => node.radius + (roomy ? 8 : 2)),
    )
    .force('x', forceX<LayoutNode>(0).strength(0.04))
    .force('y', forceY<LayoutNode>(0).strength(0.04))
    .stop();
  // By level, the rows are laid out already: nothing moves but what the user drags.
  if (byLevel) simulation.alpha(0);
  else if (start.alpha !== undefined) simulation.alpha(start.alpha);
  // A layout reopened with known positions needs less work.
  else if (nodes.length > 0 && nodes.every((node) => node.x !== undefined)) simulation.alpha(0.3);

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
      // By level, a released node stays where it was dropped; otherwise the forces take it.
      node.fx = byLevel ? node.x : null;
      node.fy = byLevel ? node.y : null;
    },
    reheat(alpha = 0.3) {
      simulation.alpha(Math.max(simulation.alpha(), alpha));
    },
  };
}
