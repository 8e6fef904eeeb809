/**
 * What the network drawing shows, apart from any drawing surface: each node (name, radius,
 * colours, focus state, pin), each edge (ends, type, style, focus state), the layout's
 * positions, which node is under a point, which labels fit and how the view fits the whole.
 * Pure (no DOM): canvas_renderer.ts draws a scene live and svg_document.ts writes it out,
 * both with the styles decided here.
 */

import type { AtlasGraph, Neighbourhood } from '../analysis/graph/build_graph';
import { edgeStyle, type NodeAppearance, nodeRadius, orgTypeColor } from './appearance';
import {
  type Box,
  type LabelCandidate,
  type LabelPlacement,
  type MeasureText,
  pickLabels,
  shortLabel,
} from './labels';

/** A node's part in the focus: the focused node, one of its neighbourhood, or the rest. */
export type NodeState = '' | 'focus' | 'near' | 'faded';
/** An edge's part in the focus: inside the neighbourhood, or the rest. */
export type EdgeState = '' | 'near' | 'faded';

export interface SceneNode {
  id: string;
  name: string;
  /** Number of relationships: which labels come first. */
  degree: number;
  radius: number;
  fill: string;
  /** A partner shown only for context ("show context"): drawn with a dashed grey ring. */
  context: boolean;
  /** Dragged by the user: the layout keeps it where it was dropped. */
  pinned: boolean;
  /** For a group node, how many organisations it stands for (0 for an organisation). */
  members: number;
  state: NodeState;
  /** Steps from the focused node; -1 outside the focus or without one. */
  distance: number;
}

export interface SceneEdge {
  key: string;
  /** Indices of its ends in Scene.nodes. */
  source: number;
  target: number;
  type: string;
  /** How sure the source is: high lines are drawn stronger than medium (or unstated) ones. */
  confidence: string;
  color: string;
  dash: string;
  state: EdgeState;
}

/** A row of the layout by level: its level, its name and where it lies, graph units. */
export interface SceneBand {
  level: string;
  label: string;
  y: number;
}

export interface Scene {
  nodes: SceneNode[];
  edges: SceneEdge[];
  /** Node id → index in `nodes` (and in `positions`, times two). */
  index: ReadonlyMap<string, number>;
  /** [x0, y0, x1, y1, …] in graph units, in the order of `nodes` (the layout's order). */
  positions: Float64Array<ArrayBufferLike>;
  /** Counts the changes of how nodes and edges look (appearance, focus), not of positions. */
  revision: number;
  /** The rows of the layout by level, drawn behind the network (none in the force layout). */
  bands: SceneBand[];
}

/** A d3 zoom transform's numbers: screen = graph × k + (x, y). */
export interface ViewTransform {
  x: number;
  y: number;
  k: number;
}

export interface Stroke {
  color: string;
  width: number;
  dash: string;
}

/** The drawing's background, and the colour and halo of its labels. */
export const BACKGROUND = '#ffffff';
export const LABEL_COLOR = '#1d2733';
export const LABEL_HALO = { color: '#ffffff', width: 3 } as const;
export const FONT_FAMILY = 'DejaVu Sans, Verdana, sans-serif';
/** The rows of the layout by level: their line and their name. */
export const BAND_LINE = '#e3e8ee';
export const BAND_TEXT = '#5a6675';

/** Arrowheads, in edge stroke widths: a triangle whose tip touches the target's rim. */
export const ARROW = { length: 7, halfWidth: 3.5 } as const;
/** Gap between an edge's arrow tip and its target's rim, graph units. */
const RIM_GAP = 1.5;

/** States from the back of the drawing to the front: the focus is drawn last, on top. */
export const NODE_STATE_ORDER: readonly NodeState[] = ['faded', '', 'near', 'focus'];
export const EDGE_STATE_ORDER: readonly EdgeState[] = ['faded', '', 'near'];

/** The nodes outside the focus are faded to this opacity. */
export function nodeOpacity(state: NodeState): number {
  return state === 'faded' ? 0.1 : 1;
}

/**
 * The ring of a node: black and thick for the focus, dashed grey for context partners,
 * dark and double width for a group (which opens on a click).
 */
export function nodeStroke(node: Pick<SceneNode, 'state' | 'context' | 'members'>): Stroke {
  return {
    color:
      node.state === 'focus'
        ? '#111111'
        : node.context
          ? '#5a6675'
          : node.members > 0
            ? '#1d2733'
            : '#ffffff',
    width: node.state === 'focus' ? 3 : node.members > 0 ? 2.5 : 1,
    dash: node.context ? '2 2' : '',
  };
}

/** A group node is never smaller than this (graph units): it stands for many. */
export const GROUP_MIN_RADIUS = 15;

function sceneRadius(radius: number, members: number): number {
  return members > 0 ? Math.max(radius, GROUP_MIN_RADIUS) : radius;
}

/** Edges the source states with high confidence are drawn more opaque than the others. */
export function edgeOpacity(state: EdgeState, confidence = 'high'): number {
  const sure = confidence === 'high';
  return state === 'near' ? (sure ? 0.95 : 0.7) : state === 'faded' ? 0.03 : sure ? 0.7 : 0.4;
}

/** …and thicker. */
export function edgeWidth(state: EdgeState, confidence = 'high'): number {
  const sure = confidence === 'high';
  return state === 'near' ? (sure ? 2 : 1.2) : sure ? 1.5 : 0.8;
}

/** A scene with nothing in it (before the first network). */
export function emptyScene(): Scene {
  return {
    nodes: [],
    edges: [],
    index: new Map(),
    positions: new Float64Array(0),
    revision: 0,
    bands: [],
  };
}

/**
 * The scene of a network. Nodes also in `previous` keep their place; the others wait at
 * the centre until the layout places them. Radius and colour come from `appearance`, or,
 * until there is one, from the degree and the organisation type.
 */
export function createScene(
  graph: AtlasGraph,
  appearance: NodeAppearance | null,
  previous: Scene | null,
): Scene {
  const nodes: SceneNode[] = [];
  const index = new Map<string, number>();
  const positions = new Float64Array(graph.order * 2);
  graph.forEachNode((id, attributes) => {
    const at = nodes.length;
    const degree = graph.degree(id);
    const before = previous?.index.get(id);
    if (previous && before !== undefined) {
      positions[at * 2] = previous.positions[before * 2] ?? 0;
      positions[at * 2 + 1] = previous.positions[before * 2 + 1] ?? 0;
    }
    index.set(id, at);
    const members = attributes.members ?? 0;
    nodes.push({
      id,
      name: attributes.name,
      degree,
      radius: sceneRadius(appearance?.radius.get(id) ?? nodeRadius(degree), members),
      fill: appearance?.color.get(id) ?? orgTypeColor(attributes.org_type),
      context: attributes.context === true,
      pinned: false,
      members,
      state: '',
      distance: -1,
    });
  });
  const edges: SceneEdge[] = [];
  graph.forEachEdge((key, attributes, source, target) => {
    const from = index.get(source);
    const to = index.get(target);
    if (from === undefined || to === undefined) return;
    const style = edgeStyle(attributes.type);
    edges.push({
      key,
      source: from,
      target: to,
      type: attributes.type,
      confidence: attributes.confidence,
      color: style.color,
      dash: style.dash,
      state: '',
    });
  });
  return { nodes, edges, index, positions, revision: 0, bands: previous?.bands ?? [] };
}

/** Sizes and colours the nodes (MUTATES `scene`); nodes the appearance lacks keep theirs. */
export function applyAppearance(scene: Scene, appearance: NodeAppearance): void {
  scene.revision += 1;
  for (const node of scene.nodes) {
    node.radius = sceneRadius(appearance.radius.get(node.id) ?? node.radius, node.members);
    node.fill = appearance.color.get(node.id) ?? node.fill;
  }
}

/**
 * Marks the focus (MUTATES `scene`): its node 'focus', its neighbourhood 'near', the rest
 * 'faded'; its edges 'near', the others 'faded'. Null clears every state.
 */
export function applyFocus(scene: Scene, focus: Neighbourhood | null): void {
  scene.revision += 1;
  for (const node of scene.nodes) {
    const distance = focus?.nodes.get(node.id);
    node.distance = distance ?? -1;
    node.state = !focus ? '' : distance === 0 ? 'focus' : distance !== undefined ? 'near' : 'faded';
  }
  for (const edge of scene.edges) {
    edge.state = !focus ? '' : focus.edges.has(edge.key) ? 'near' : 'faded';
  }
}

/**
 * The segment to draw for an edge, graph units: from its source's centre to the base of its
 * arrowhead, then the arrow's tip at the target's rim. `width` is the edge's stroke width.
 */
export function edgeGeometry(
  scene: Scene,
  edge: SceneEdge,
  width: number,
): { x1: number; y1: number; x2: number; y2: number; tipX: number; tipY: number } {
  const p = scene.positions;
  const x1 = p[edge.source * 2] ?? 0;
  const y1 = p[edge.source * 2 + 1] ?? 0;
  const x = p[edge.target * 2] ?? 0;
  const y = p[edge.target * 2 + 1] ?? 0;
  const length = Math.hypot(x - x1, y - y1) || 1;
  const ux = (x - x1) / length;
  const uy = (y - y1) / length;
  const tip = length - ((scene.nodes[edge.target]?.radius ?? 0) + RIM_GAP);
  const base = Math.max(0, tip - ARROW.length * width);
  return {
    x1,
    y1,
    x2: x1 + ux * base,
    y2: y1 + uy * base,
    tipX: x1 + ux * tip,
    tipY: y1 + uy * tip,
  };
}

/**
 * The node under a point (graph units), or -1: of the nodes within `slack` graph units of
 * their rim (so that a click on a small dot counts), the one whose centre is nearest, so
 * that a node's centre always hits it. A scan of every node: about 0.05 ms for 2,000.
 */
export function nodeAt(scene: Scene, x: number, y: number, slack = 0): number {
  let best = -1;
  let bestDistance = Number.POSITIVE_INFINITY;
  const p = scene.positions;
  scene.nodes.forEach((node, at) => {
    const distance = Math.hypot((p[at * 2] ?? 0) - x, (p[at * 2 + 1] ?? 0) - y);
    if (distance <= node.radius + slack && distance < bestDistance) {
      best = at;
      bestDistance = distance;
    }
  });
  return best;
}

/**
 * Where a label's text is anchored, graph units, at zoom `k` (its placement is in screen
 * pixels from the node's centre).
 */
export function labelAnchor(scene: Scene, placement: LabelPlacement, k: number): [number, number] {
  const at = placement.node;
  return [
    (scene.positions[at * 2] ?? 0) + placement.dx / k,
    (scene.positions[at * 2 + 1] ?? 0) + placement.dy / k,
  ];
}

export interface ChosenLabels {
  placements: LabelPlacement[];
  /** Where they are written, screen px: none overlaps another. */
  boxes: Box[];
}

/**
 * The nodes to label in a view of `width` × `height` px, and where: with a focus, only its
 * neighbourhood, the focus first and its direct partners next; otherwise the groups and
 * the most connected. None covers another label, another node's disc or an obstacle (the
 * legend over the drawing): see pickLabels.
 */
export function chooseLabels(
  scene: Scene,
  transform: ViewTransform,
  width: number,
  height: number,
  options: { measure?: MeasureText; obstacles?: readonly Box[] } = {},
): ChosenLabels {
  const focused = scene.nodes.some((node) => node.state !== '');
  const candidates: LabelCandidate[] = [];
  scene.nodes.forEach((node, at) => {
    if (node.state === 'faded') return;
    const x = transform.x + transform.k * (scene.positions[at * 2] ?? 0);
    const y = transform.y + transform.k * (scene.positions[at * 2 + 1] ?? 0);
    if (x < -50 || y < -20 || x > width + 50 || y > height + 20) return;
    const boost =
      node.distance === 0 ? 1e6 : node.distance === 1 ? 1e3 : node.members > 0 ? 500 : 0;
    candidates.push({
      id: String(at),
      text: shortLabel(node.name),
      x,
      y,
      r: node.radius * transform.k,
      priority: boost + node.degree,
    });
  });
  const chosen = pickLabels(candidates, {
    max: focused ? 60 : 40,
    ...(options.measure ? { measure: options.measure } : {}),
    obstacles: options.obstacles ?? [],
    bounds: [0, 0, width, height],
  });
  return {
    placements: chosen.map(({ id, placement }) => ({ ...placement, node: Number(id) })),
    boxes: chosen.map(({ box }) => box),
  };
}

/**
 * The transform that shows every node in a view of `width` × `height` px (zoom ≤ 4), clear
 * of `left` px at the left edge (where the legend lies over the drawing).
 */
export function fitTransform(scene: Scene, width: number, height: number, left = 0): ViewTransform {
  let minX = Number.POSITIVE_INFINITY;
  let minY = Number.POSITIVE_INFINITY;
  let maxX = Number.NEGATIVE_INFINITY;
  let maxY = Number.NEGATIVE_INFINITY;
  scene.nodes.forEach((node, at) => {
    const x = scene.positions[at * 2] ?? 0;
    const y = scene.positions[at * 2 + 1] ?? 0;
    minX = Math.min(minX, x - node.radius);
    minY = Math.min(minY, y - node.radius);
    maxX = Math.max(maxX, x + node.radius);
    maxY = Math.max(maxY, y + node.radius);
  });
  // Too little room beside what covers the left edge: the whole width, as before.
  const inset = left < width / 2 ? left : 0;
  const room = width - inset;
  if (!Number.isFinite(minX)) return { x: inset + room / 2, y: height / 2, k: 1 };
  const k = Math.min(4, 0.92 * Math.min(room / (maxX - minX || 1), height / (maxY - minY || 1)));
  return {
    x: inset + room / 2 - (k * (minX + maxX)) / 2,
    y: height / 2 - (k * (minY + maxY)) / 2,
    k,
  };
}

/**
 * Indices of `items` grouped by what they are drawn with (`keyOf`), the groups ordered by
 * `rank` of their members, back to front: one path per group keeps a frame of thousands of
 * shapes to a few dozen canvas calls.
 */
function groupIndices<T>(
  items: readonly T[],
  keyOf: (item: T) => string,
  rank: (item: T) => number,
): number[][] {
  const groups = new Map<string, number[]>();
  items.forEach((item, at) => {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(at);
    else groups.set(key, [at]);
  });
  const rankOf = (group: number[]) => {
    const first = items[group[0] ?? -1];
    return first === undefined ? 0 : rank(first);
  };
  return [...groups.values()].sort((a, b) => rankOf(a) - rankOf(b));
}

/** The nodes by state (faded at the back, the focus in front), fill and ring. */
export function nodeGroups(scene: Scene): number[][] {
  return groupIndices(
    scene.nodes,
    (node) => `${node.state}|${node.fill}|${node.context ? 'context' : ''}|${node.members > 0}`,
    (node) => NODE_STATE_ORDER.indexOf(node.state),
  );
}

/** The edges by state (faded at the back), type and confidence. */
export function edgeGroups(scene: Scene): number[][] {
  return groupIndices(
    scene.edges,
    (edge) => `${edge.state}|${edge.type}|${edge.confidence}`,
    (edge) => EDGE_STATE_ORDER.indexOf(edge.state),
  );
}
