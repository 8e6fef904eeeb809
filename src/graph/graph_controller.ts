/**
 * The network view's machinery, apart from React: which part of the network to show (the
 * explorer's filters, the view's own edge-type and level filters, "show context"), focus,
 * labels, colours, the layout engine (a Web Worker; a static stand-in where there is none)
 * and the SVG drawing itself (d3 for zoom, pan and drag). Data reaches the SVG only as
 * attributes and text nodes, never as markup.
 */
import {
  drag,
  type Selection,
  select,
  type ZoomBehavior,
  type ZoomTransform,
  zoom,
  zoomIdentity,
} from 'd3';
import { type Filters, NO_FILTERS } from '../explore/filters';
import { foldText } from '../explore/sites';
import {
  LEVELS,
  type Level,
  ORG_TYPES,
  type OrgType,
  RELATIONSHIP_TYPES,
  type RelationshipType,
} from '../model/enums';
import { edgeStyle, type NodeAppearance, nodeRadius, orgTypeColor } from './appearance';
import {
  type AtlasGraph,
  filterGraph,
  type Neighbourhood,
  neighbourhood,
  organizationIdsOf,
  pruneGraph,
} from './build_graph';
import type { LayoutReply, LayoutRequest } from './layout_worker';
import { computeMetrics, type NodeMetrics } from './metrics';
import { createLayout, type LayoutLinkInput, type LayoutNodeInput } from './simulation';

// ---------------------------------------------------------------------- what to show

/** The levels the view filters on: the model's, then "no level". */
export const LEVEL_OPTIONS: readonly (Level | '')[] = [...LEVELS, ''];
export const TYPE_OPTIONS: readonly RelationshipType[] = RELATIONSHIP_TYPES;
export const ORG_TYPE_OPTIONS: readonly OrgType[] = ORG_TYPES;

export interface NetworkOptions {
  /** "Show context": add the direct partners of the organisations that pass the filters. */
  context: boolean;
  /** Edge types to show (all when empty). */
  types: readonly RelationshipType[];
  /** Levels to show (all when empty). */
  levels: readonly (Level | '')[];
}

export const DEFAULT_NETWORK_OPTIONS: NetworkOptions = { context: false, types: [], levels: [] };

/** True when one of the explorer's filters is set (then the network is pruned to what passes). */
export function filtersActive(filters: Filters): boolean {
  return (Object.keys(NO_FILTERS) as (keyof Filters)[]).some((key) => {
    const value = filters[key];
    return typeof value === 'string' ? value.trim() !== '' : value.length > 0;
  });
}

/**
 * The network to draw: with no explorer filter, every organisation; otherwise those with a
 * site that passes (and their partners with "show context"); then the view's own filters.
 */
export function networkOf(
  base: AtlasGraph,
  filters: Filters,
  visible: Iterable<{ organization: { id: string } | undefined }>,
  options: NetworkOptions,
): AtlasGraph {
  const pruned = filtersActive(filters)
    ? pruneGraph(base, organizationIdsOf(visible), { context: options.context })
    : base;
  return filterGraph(pruned, { types: options.types, levels: options.levels });
}

/** The focus of an organisation: its neighbourhood up to `steps`, or null if it is not shown. */
export function focusOf(graph: AtlasGraph, id: string | null, steps: number): Neighbourhood | null {
  if (id === null || !graph.hasNode(id)) return null;
  return neighbourhood(graph, id, steps);
}

/** The distinct sources of the shown edges with their number of edges, most used first. */
export function edgeSources(graph: AtlasGraph): { source: string; count: number }[] {
  const counts = new Map<string, number>();
  graph.forEachEdge((_key, attributes) => {
    const source = attributes.source.trim();
    counts.set(source, (counts.get(source) ?? 0) + 1);
  });
  return [...counts]
    .map(([source, count]) => ({ source, count }))
    .sort((a, b) => b.count - a.count || a.source.localeCompare(b.source));
}

/** The node whose name (or alternate name) best matches a typed text: exact, start, then part. */
export function findNode(graph: AtlasGraph, query: string): string | null {
  const wanted = foldText(query.trim());
  if (wanted === '') return null;
  let starts: string | null = null;
  let contains: string | null = null;
  for (const id of graph.nodes()) {
    const attributes = graph.getNodeAttributes(id);
    const names = [attributes.name, attributes.alternate_name].filter(Boolean).map(foldText);
    if (names.some((name) => name === wanted)) return id;
    if (starts === null && names.some((name) => name.startsWith(wanted))) starts = id;
    if (contains === null && names.some((name) => name.includes(wanted))) contains = id;
  }
  return starts ?? contains;
}

export interface LabelCandidate {
  id: string;
  text: string;
  /** Screen position of the node centre and its screen radius. */
  x: number;
  y: number;
  r: number;
  priority: number;
}

/** Approximate width of a label of `length` characters at `fontSize` px. */
function labelWidth(length: number, fontSize: number): number {
  return length * fontSize * 0.58;
}

/**
 * The labels to show: by priority (largest first), each placed right of its node unless it
 * would overlap a label already placed or go past `max`. Screen coordinates.
 */
export function pickLabels(
  candidates: readonly LabelCandidate[],
  max: number,
  fontSize = 11,
): string[] {
  const boxes: [number, number, number, number][] = [];
  const chosen: string[] = [];
  const sorted = [...candidates].sort((a, b) => b.priority - a.priority);
  for (const candidate of sorted) {
    if (chosen.length >= max) break;
    const x0 = candidate.x + candidate.r + 2;
    const y0 = candidate.y - fontSize * 0.6;
    const box: [number, number, number, number] = [
      x0,
      y0,
      x0 + labelWidth(candidate.text.length, fontSize),
      y0 + fontSize * 1.2,
    ];
    const overlaps = boxes.some(
      (other) => box[0] < other[2] && other[0] < box[2] && box[1] < other[3] && other[1] < box[3],
    );
    if (overlaps) continue;
    boxes.push(box);
    chosen.push(candidate.id);
  }
  return chosen;
}

/** A label short enough for the drawing (the full name stays in the node's title and the table). */
export function shortLabel(name: string): string {
  return name.length > 36 ? `${name.slice(0, 35)}…` : name;
}

// ------------------------------------------------------------------- layout engines

export interface LayoutEngine {
  /** Called with the positions of the nodes of the last `layout`, in its node order. */
  onPositions: ((generation: number, positions: Float64Array, running: boolean) => void) | null;
  layout(generation: number, nodes: LayoutNodeInput[], links: LayoutLinkInput[]): void;
  pin(id: string, x: number, y: number): void;
  release(id: string): void;
  metrics(graph: AtlasGraph): Promise<NodeMetrics[]>;
  destroy(): void;
}

/**
 * The layout in a Web Worker, the metrics in a second one (so they are ready while the
 * layout still runs, on another core): the main thread only draws.
 */
export function workerLayoutEngine(): LayoutEngine {
  const start = () =>
    new Worker(new URL('./layout_worker.ts', import.meta.url), { type: 'module' });
  const worker = start();
  const metricsWorker = start();
  const pending = new Map<number, (metrics: NodeMetrics[]) => void>();
  let request = 0;
  const send = (message: LayoutRequest) => worker.postMessage(message);
  const engine: LayoutEngine = {
    onPositions: null,
    layout: (generation, nodes, links) => send({ type: 'layout', generation, nodes, links }),
    pin: (id, x, y) => send({ type: 'pin', id, x, y }),
    release: (id) => send({ type: 'release', id }),
    metrics(graph) {
      request += 1;
      const id = request;
      return new Promise((resolve) => {
        pending.set(id, resolve);
        const message: LayoutRequest = { type: 'metrics', request: id, graph: graph.export() };
        metricsWorker.postMessage(message);
      });
    },
    destroy() {
      send({ type: 'stop' });
      worker.terminate();
      metricsWorker.terminate();
      pending.clear();
    },
  };
  worker.onmessage = (event: MessageEvent<LayoutReply>) => {
    const reply = event.data;
    if (reply.type === 'positions')
      engine.onPositions?.(reply.generation, reply.positions, reply.running);
  };
  metricsWorker.onmessage = (event: MessageEvent<LayoutReply>) => {
    const reply = event.data;
    if (reply.type !== 'metrics') return;
    pending.get(reply.request)?.(reply.metrics);
    pending.delete(reply.request);
  };
  return engine;
}

/**
 * A stand-in without a Worker (jsdom): nodes stay at their starting spiral, metrics are
 * computed at once. Keeps the view testable where no Worker exists.
 */
export function staticLayoutEngine(): LayoutEngine {
  const engine: LayoutEngine = {
    onPositions: null,
    layout(generation, nodes, links) {
      const positions = createLayout(nodes, links).positions();
      queueMicrotask(() => engine.onPositions?.(generation, positions, false));
    },
    pin() {},
    release() {},
    metrics: (graph) => Promise.resolve(computeMetrics(graph)),
    destroy() {},
  };
  return engine;
}

export function defaultLayoutEngine(): LayoutEngine {
  return typeof Worker === 'function' ? workerLayoutEngine() : staticLayoutEngine();
}

// ------------------------------------------------------------------------- drawing

const SVG_NS = 'http://www.w3.org/2000/svg';
const FADED = 0.1;

export interface GraphTexts {
  title: string;
  /** The colour legend's title, for what colours the nodes (NodeAppearance.colorBy). */
  legendColor: (colorBy: NodeAppearance['colorBy']) => string;
  legendEdges: string;
  /** What the size of a node says (NodeAppearance.sizeBy). */
  legendSize: (sizeBy: NodeAppearance['sizeBy']) => string;
  orgType: (type: string) => string;
  relationship: (type: string) => string;
}

export interface GraphCallbacks {
  onSelect(id: string): void;
  /** A node clicked while picking (the target of a relationship being drawn). */
  onPick?(id: string): void;
}

interface DrawnNode {
  id: string;
  index: number;
  radius: number;
  degree: number;
  name: string;
  element: SVGCircleElement;
}

interface DrawnEdge {
  key: string;
  source: number;
  target: number;
  element: SVGLineElement;
}

const frame: (callback: () => void) => unknown =
  typeof requestAnimationFrame === 'function'
    ? (callback) => requestAnimationFrame(callback)
    : (callback) => setTimeout(callback, 16);

/**
 * Owns the network's SVG: draws the nodes, edges, labels and legend, follows the layout
 * engine's positions on animation frames, and handles zoom, pan, drag (pins) and clicks.
 */
/** See GraphController.installTestHook. */
export interface NetworkTestHook {
  nodes(): number;
  edges(): number;
  /** Whether the layout is still moving the nodes. */
  running(): boolean;
}

export class GraphController {
  readonly svg: SVGSVGElement;
  private readonly root: Selection<SVGSVGElement, unknown, null, undefined>;
  private readonly viewport: SVGGElement;
  private readonly edgeLayer: SVGGElement;
  private readonly nodeLayer: SVGGElement;
  private readonly labelLayer: SVGGElement;
  private readonly legend: SVGGElement;
  private readonly zoomBehaviour: ZoomBehavior<SVGSVGElement, unknown>;
  private transform: ZoomTransform = zoomIdentity;
  private graph: AtlasGraph | null = null;
  private nodes: DrawnNode[] = [];
  private edges: DrawnEdge[] = [];
  private nodeIndex = new Map<string, number>();
  private positions: Float64Array<ArrayBufferLike> = new Float64Array(0);
  private steps = 1;
  private generation = 0;
  private framePending = false;
  private running = false;
  private userMoved = false;
  private fitted = false;
  private focus: Neighbourhood | null = null;
  private focusId: string | null = null;
  private texts: GraphTexts;
  /** Radius and colour of each node; until given, degree and organisation type. */
  private appearance: NodeAppearance | null = null;
  private destroyed = false;
  private picking = false;

  constructor(
    container: HTMLElement,
    private readonly engine: LayoutEngine,
    private readonly callbacks: GraphCallbacks,
    texts: GraphTexts,
  ) {
    this.texts = texts;
    const svg = document.createElementNS(SVG_NS, 'svg');
    svg.setAttribute('xmlns', SVG_NS);
    svg.setAttribute('class', 'network-svg');
    svg.setAttribute('role', 'img');
    svg.setAttribute('font-family', 'DejaVu Sans, Verdana, sans-serif');
    const title = document.createElementNS(SVG_NS, 'title');
    svg.append(title);
    const defs = document.createElementNS(SVG_NS, 'defs');
    for (const type of RELATIONSHIP_TYPES) {
      const marker = document.createElementNS(SVG_NS, 'marker');
      marker.setAttribute('id', `network-arrow-${type}`);
      marker.setAttribute('viewBox', '0 -4 8 8');
      marker.setAttribute('refX', '8');
      marker.setAttribute('markerWidth', '7');
      marker.setAttribute('markerHeight', '7');
      marker.setAttribute('orient', 'auto');
      const path = document.createElementNS(SVG_NS, 'path');
      path.setAttribute('d', 'M0,-4L8,0L0,4Z');
      path.setAttribute('fill', edgeStyle(type).color);
      marker.append(path);
      defs.append(marker);
    }
    svg.append(defs);
    const background = document.createElementNS(SVG_NS, 'rect');
    background.setAttribute('width', '100%');
    background.setAttribute('height', '100%');
    background.setAttribute('fill', '#ffffff');
    svg.append(background);
    this.viewport = document.createElementNS(SVG_NS, 'g');
    this.edgeLayer = document.createElementNS(SVG_NS, 'g');
    this.nodeLayer = document.createElementNS(SVG_NS, 'g');
    this.labelLayer = document.createElementNS(SVG_NS, 'g');
    this.labelLayer.setAttribute('pointer-events', 'none');
    this.viewport.append(this.edgeLayer, this.nodeLayer, this.labelLayer);
    this.legend = document.createElementNS(SVG_NS, 'g');
    this.legend.setAttribute('class', 'network-legend');
    svg.append(this.viewport, this.legend);
    container.append(svg);
    this.svg = svg;
    this.root = select(svg);
    this.zoomBehaviour = zoom<SVGSVGElement, unknown>()
      .scaleExtent([0.05, 10])
      .extent(() => [
        [0, 0],
        [this.svg.clientWidth || 800, this.svg.clientHeight || 500],
      ])
      .on('zoom', (event: { transform: ZoomTransform; sourceEvent: unknown }) => {
        if (event.sourceEvent) this.userMoved = true;
        this.transform = event.transform;
        this.viewport.setAttribute('transform', event.transform.toString());
        this.updateLabelSize();
      })
      .on('end', () => this.placeLabels());
    this.root.call(this.zoomBehaviour).on('dblclick.zoom', null);
    this.engine.onPositions = (generation, positions, running) => {
      if (generation !== this.generation || this.destroyed) return;
      this.positions = positions;
      this.running = running;
      this.schedule();
    };
    this.installTestHook();
  }

  /**
   * Test-only: in a build made with VITE_TEST_HOOKS=1 (never in the shipped app), the
   * drawing's state on `window.__atlasNetwork`, for the browser tests and the benchmark.
   */
  private installTestHook(): void {
    if (import.meta.env.VITE_TEST_HOOKS !== '1') return;
    const hook: NetworkTestHook = {
      nodes: () => this.nodes.length,
      edges: () => this.edges.length,
      running: () => this.running,
    };
    (window as Window & { __atlasNetwork?: NetworkTestHook }).__atlasNetwork = hook;
  }

  setTexts(texts: GraphTexts): void {
    this.texts = texts;
    this.drawLegend();
    this.svg.querySelector('title')?.replaceChildren(texts.title);
  }

  /** Draws a new network; nodes already shown keep their place. */
  setGraph(graph: AtlasGraph): void {
    const previous = new Map<string, [number, number]>();
    this.nodes.forEach((node) => {
      const x = this.positions[node.index * 2];
      const y = this.positions[node.index * 2 + 1];
      if (x !== undefined && y !== undefined) previous.set(node.id, [x, y]);
    });
    this.graph = graph;
    this.generation += 1;
    this.nodeIndex = new Map();
    this.nodes = [];
    this.edges = [];
    this.edgeLayer.replaceChildren();
    this.nodeLayer.replaceChildren();
    this.labelLayer.replaceChildren();
    const layoutNodes: LayoutNodeInput[] = [];
    const initial = new Float64Array(graph.order * 2);
    graph.forEachNode((id, attributes) => {
      const index = this.nodes.length;
      const degree = graph.degree(id);
      const radius = this.appearance?.radius.get(id) ?? nodeRadius(degree);
      const circle = document.createElementNS(SVG_NS, 'circle');
      circle.setAttribute('class', 'network-node');
      circle.setAttribute('data-id', id);
      circle.setAttribute('r', radius.toFixed(1));
      circle.setAttribute(
        'fill',
        this.appearance?.color.get(id) ?? orgTypeColor(attributes.org_type),
      );
      circle.setAttribute('stroke', attributes.context ? '#5a6675' : '#ffffff');
      circle.setAttribute('stroke-width', '1');
      if (attributes.context) circle.setAttribute('stroke-dasharray', '2 2');
      const title = document.createElementNS(SVG_NS, 'title');
      title.textContent = attributes.name;
      circle.append(title);
      this.nodeLayer.append(circle);
      this.nodes.push({ id, index, radius, degree, name: attributes.name, element: circle });
      this.nodeIndex.set(id, index);
      const known = previous.get(id);
      const input: LayoutNodeInput = { id, radius };
      if (known) {
        input.x = known[0];
        input.y = known[1];
      }
      layoutNodes.push(input);
    });
    const links: LayoutLinkInput[] = [];
    graph.forEachEdge((key, attributes, source, target) => {
      const from = this.nodeIndex.get(source);
      const to = this.nodeIndex.get(target);
      if (from === undefined || to === undefined) return;
      const style = edgeStyle(attributes.type);
      const line = document.createElementNS(SVG_NS, 'line');
      line.setAttribute('class', 'network-edge');
      line.setAttribute('data-id', key);
      line.setAttribute('data-type', attributes.type);
      line.setAttribute('stroke', style.color);
      line.setAttribute('stroke-width', '0.9');
      if (style.dash) line.setAttribute('stroke-dasharray', style.dash);
      line.setAttribute('marker-end', `url(#network-arrow-${attributes.type})`);
      this.edgeLayer.append(line);
      this.edges.push({ key, source: from, target: to, element: line });
      links.push({ source, target });
    });
    // Until the worker answers, known nodes stay put and new ones wait at the centre.
    layoutNodes.forEach((node, index) => {
      initial[index * 2] = node.x ?? 0;
      initial[index * 2 + 1] = node.y ?? 0;
    });
    this.positions = initial;
    this.bindNodes();
    this.drawLegend();
    this.focus = focusOf(graph, this.focusId, this.steps);
    this.applyFocus();
    this.running = true;
    this.engine.layout(this.generation, layoutNodes, links);
    this.schedule();
  }

  /** Sizes and colours the nodes drawn (the layout keeps going as it is). */
  setAppearance(appearance: NodeAppearance): void {
    this.appearance = appearance;
    for (const node of this.nodes) {
      const radius = appearance.radius.get(node.id);
      if (radius !== undefined && radius !== node.radius) {
        node.radius = radius;
        node.element.setAttribute('r', radius.toFixed(1));
      }
      const color = appearance.color.get(node.id);
      if (color) node.element.setAttribute('fill', color);
    }
    this.drawLegend();
    this.schedule();
  }

  /** Highlights a node and its neighbourhood, fading the rest; null clears the focus. */
  setFocus(id: string | null, steps: number): void {
    this.focusId = id;
    this.steps = steps;
    this.focus = this.graph ? focusOf(this.graph, id, steps) : null;
    this.applyFocus();
    this.placeLabels();
  }

  /**
   * While on, a node click picks the node (`onPick`) instead of selecting it, and the
   * cursor says so: the user is choosing the target of a relationship.
   */
  setPicking(on: boolean): void {
    this.picking = on;
    if (on) this.svg.setAttribute('data-picking', 'true');
    else this.svg.removeAttribute('data-picking');
  }

  zoomBy(factor: number): void {
    this.userMoved = true;
    this.root.call(this.zoomBehaviour.scaleBy, factor);
  }

  /** Fits the whole drawing in the view. */
  fit(): void {
    const width = this.svg.clientWidth || 800;
    const height = this.svg.clientHeight || 500;
    let minX = Number.POSITIVE_INFINITY;
    let minY = Number.POSITIVE_INFINITY;
    let maxX = Number.NEGATIVE_INFINITY;
    let maxY = Number.NEGATIVE_INFINITY;
    for (const node of this.nodes) {
      const x = this.positions[node.index * 2] ?? 0;
      const y = this.positions[node.index * 2 + 1] ?? 0;
      minX = Math.min(minX, x - node.radius);
      minY = Math.min(minY, y - node.radius);
      maxX = Math.max(maxX, x + node.radius);
      maxY = Math.max(maxY, y + node.radius);
    }
    if (!Number.isFinite(minX)) {
      this.root.call(this.zoomBehaviour.transform, zoomIdentity.translate(width / 2, height / 2));
      return;
    }
    const scale = Math.min(
      4,
      0.92 * Math.min(width / (maxX - minX || 1), height / (maxY - minY || 1)),
    );
    const transform = zoomIdentity
      .translate(width / 2, height / 2)
      .scale(scale)
      .translate(-(minX + maxX) / 2, -(minY + maxY) / 2);
    this.root.call(this.zoomBehaviour.transform, transform);
  }

  /** The drawing as it is, with its legend, as a standalone SVG document. */
  toSvg(): string {
    const clone = this.svg.cloneNode(true) as SVGSVGElement;
    clone.setAttribute('width', String(this.svg.clientWidth || 800));
    clone.setAttribute('height', String(this.svg.clientHeight || 500));
    clone.removeAttribute('class');
    return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(clone)}`;
  }

  destroy(): void {
    this.destroyed = true;
    this.engine.onPositions = null;
    this.engine.destroy();
    this.root.on('.zoom', null);
    this.svg.remove();
  }

  private bindNodes(): void {
    const nodes = this.nodes;
    const circles = select(this.nodeLayer)
      .selectAll<SVGCircleElement, DrawnNode>('circle')
      .data(nodes);
    circles.on('click', (event: MouseEvent, node) => {
      if (event.defaultPrevented) return;
      if (this.picking && this.callbacks.onPick) this.callbacks.onPick(node.id);
      else this.callbacks.onSelect(node.id);
    });
    circles.on('dblclick', (event: MouseEvent, node) => {
      event.stopPropagation();
      this.engine.release(node.id);
      node.element.removeAttribute('data-pinned');
    });
    circles.call(
      drag<SVGCircleElement, DrawnNode>()
        .subject((_event, node) => ({
          x: this.positions[node.index * 2] ?? 0,
          y: this.positions[node.index * 2 + 1] ?? 0,
        }))
        .on('drag', (event: { x: number; y: number }, node) => {
          this.positions[node.index * 2] = event.x;
          this.positions[node.index * 2 + 1] = event.y;
          node.element.setAttribute('data-pinned', 'true');
          this.engine.pin(node.id, event.x, event.y);
          this.schedule();
        }),
    );
  }

  private schedule(): void {
    if (this.framePending || this.destroyed) return;
    this.framePending = true;
    frame(() => {
      this.framePending = false;
      if (this.destroyed) return;
      this.render();
    });
  }

  private render(): void {
    const p = this.positions;
    for (const node of this.nodes) {
      node.element.setAttribute('cx', (p[node.index * 2] ?? 0).toFixed(1));
      node.element.setAttribute('cy', (p[node.index * 2 + 1] ?? 0).toFixed(1));
    }
    for (const edge of this.edges) {
      const x1 = p[edge.source * 2] ?? 0;
      const y1 = p[edge.source * 2 + 1] ?? 0;
      const x2 = p[edge.target * 2] ?? 0;
      const y2 = p[edge.target * 2 + 1] ?? 0;
      const length = Math.hypot(x2 - x1, y2 - y1) || 1;
      const cut = ((this.nodes[edge.target]?.radius ?? 0) + 1.5) / length;
      edge.element.setAttribute('x1', x1.toFixed(1));
      edge.element.setAttribute('y1', y1.toFixed(1));
      edge.element.setAttribute('x2', (x2 - (x2 - x1) * cut).toFixed(1));
      edge.element.setAttribute('y2', (y2 - (y2 - y1) * cut).toFixed(1));
    }
    if (!this.fitted && !this.userMoved && !this.running) {
      this.fitted = true;
      this.fit();
    } else if (!this.fitted && !this.userMoved && this.transform === zoomIdentity) {
      const width = this.svg.clientWidth || 800;
      const height = this.svg.clientHeight || 500;
      this.root.call(
        this.zoomBehaviour.transform,
        zoomIdentity.translate(width / 2, height / 2).scale(0.5),
      );
    }
    this.moveLabels();
    if (!this.running) this.placeLabels();
  }

  private applyFocus(): void {
    const focus = this.focus;
    for (const node of this.nodes) {
      const distance = focus?.nodes.get(node.id);
      const state = !focus
        ? ''
        : distance === 0
          ? 'focus'
          : distance !== undefined
            ? 'near'
            : 'faded';
      node.element.setAttribute('data-state', state);
      node.element.setAttribute('opacity', state === 'faded' ? String(FADED) : '1');
      node.element.setAttribute('stroke-width', state === 'focus' ? '3' : '1');
      if (state === 'focus') node.element.setAttribute('stroke', '#111111');
      else if (!this.graph?.getNodeAttribute(node.id, 'context'))
        node.element.setAttribute('stroke', '#ffffff');
    }
    for (const edge of this.edges) {
      const near = focus?.edges.has(edge.key);
      edge.element.setAttribute('opacity', !focus ? '0.35' : near ? '0.9' : '0.03');
      edge.element.setAttribute('stroke-width', near ? '1.6' : '0.9');
    }
  }

  private labels = new Map<string, SVGTextElement>();

  private updateLabelSize(): void {
    const size = (11 / this.transform.k).toFixed(2);
    for (const text of this.labels.values()) text.setAttribute('font-size', size);
    this.moveLabels();
  }

  private moveLabels(): void {
    const k = this.transform.k;
    for (const [id, text] of this.labels) {
      const node = this.nodes[this.nodeIndex.get(id) ?? -1];
      if (!node) continue;
      const x = this.positions[node.index * 2] ?? 0;
      const y = this.positions[node.index * 2 + 1] ?? 0;
      text.setAttribute('x', (x + node.radius + 2 / k).toFixed(1));
      text.setAttribute('y', (y + 4 / k).toFixed(1));
    }
  }

  /** Chooses the labels again (at rest, after a zoom, on focus): big nodes first, no overlap. */
  private placeLabels(): void {
    const t = this.transform;
    const focus = this.focus;
    const width = this.svg.clientWidth || 800;
    const height = this.svg.clientHeight || 500;
    const candidates: LabelCandidate[] = [];
    for (const node of this.nodes) {
      const distance = focus?.nodes.get(node.id);
      if (focus && distance === undefined) continue;
      const [x, y] = t.apply([
        this.positions[node.index * 2] ?? 0,
        this.positions[node.index * 2 + 1] ?? 0,
      ]);
      if (x < -50 || y < -20 || x > width + 50 || y > height + 20) continue;
      const boost = distance === 0 ? 1e6 : distance === 1 ? 1e3 : 0;
      candidates.push({
        id: node.id,
        text: shortLabel(node.name),
        x,
        y,
        r: node.radius * t.k,
        priority: boost + node.degree,
      });
    }
    const chosen = pickLabels(candidates, focus ? 60 : 40);
    this.labels = new Map();
    this.labelLayer.replaceChildren();
    const size = (11 / t.k).toFixed(2);
    for (const id of chosen) {
      const node = this.nodes[this.nodeIndex.get(id) ?? -1];
      if (!node) continue;
      const text = document.createElementNS(SVG_NS, 'text');
      text.setAttribute('class', 'network-label');
      text.setAttribute('font-size', size);
      text.setAttribute('fill', '#1d2733');
      text.setAttribute('stroke', '#ffffff');
      text.setAttribute('stroke-width', (3 / t.k).toFixed(2));
      text.setAttribute('paint-order', 'stroke');
      text.textContent = shortLabel(node.name);
      this.labelLayer.append(text);
      this.labels.set(id, text);
    }
    this.moveLabels();
    this.labelLayer.querySelectorAll('text').forEach((text) => {
      text.setAttribute('stroke-width', (3 / t.k).toFixed(2));
    });
  }

  private drawLegend(): void {
    const graph = this.graph;
    this.legend.replaceChildren();
    if (!graph) return;
    const edgeTypes = new Set<string>();
    graph.forEachEdge((_key, attributes) => {
      edgeTypes.add(attributes.type);
    });
    const row = 13;
    let y = 14;
    const items: SVGElement[] = [];
    const text = (value: string, x: number, yy: number, bold = false) => {
      const element = document.createElementNS(SVG_NS, 'text');
      element.setAttribute('x', String(x));
      element.setAttribute('y', String(yy));
      element.setAttribute('font-size', '10');
      element.setAttribute('fill', '#1d2733');
      if (bold) element.setAttribute('font-weight', 'bold');
      element.textContent = value;
      items.push(element);
    };
    const appearance = this.appearance;
    const colorItems =
      appearance?.legend ??
      ORG_TYPES.filter((type) => graph.someNode((_id, node) => node.org_type === type)).map(
        (type) => ({ label: this.texts.orgType(type), color: orgTypeColor(type) }),
      );
    text(this.texts.legendColor(appearance?.colorBy ?? 'orgType'), 8, y, true);
    for (const item of colorItems) {
      y += row;
      const circle = document.createElementNS(SVG_NS, 'circle');
      circle.setAttribute('cx', '13');
      circle.setAttribute('cy', String(y - 3.5));
      circle.setAttribute('r', '4.5');
      circle.setAttribute('fill', item.color);
      items.push(circle);
      text(item.label, 24, y);
    }
    y += row + 4;
    text(this.texts.legendEdges, 8, y, true);
    for (const type of RELATIONSHIP_TYPES) {
      if (!edgeTypes.has(type)) continue;
      y += row;
      const style = edgeStyle(type);
      const line = document.createElementNS(SVG_NS, 'line');
      line.setAttribute('x1', '6');
      line.setAttribute('x2', '20');
      line.setAttribute('y1', String(y - 3.5));
      line.setAttribute('y2', String(y - 3.5));
      line.setAttribute('stroke', style.color);
      line.setAttribute('stroke-width', '1.6');
      if (style.dash) line.setAttribute('stroke-dasharray', style.dash);
      line.setAttribute('marker-end', `url(#network-arrow-${type})`);
      items.push(line);
      text(this.texts.relationship(type), 24, y);
    }
    y += row + 4;
    text(this.texts.legendSize(appearance?.sizeBy ?? 'degree'), 8, y);
    const background = document.createElementNS(SVG_NS, 'rect');
    background.setAttribute('x', '2');
    background.setAttribute('y', '2');
    background.setAttribute('width', '190');
    background.setAttribute('height', String(y + 6));
    background.setAttribute('fill', '#ffffff');
    background.setAttribute('fill-opacity', '0.88');
    background.setAttribute('stroke', '#d5dbe3');
    this.legend.append(background, ...items);
  }
}
