/**
 * The network drawing, apart from React: keeps the scene (network_scene.ts) in step with
 * the network, its appearance and the focus; follows the layout engine's positions on
 * animation frames; draws on a canvas (canvas_renderer.ts); turns the pointer
 * (canvas_pointer.ts) into pins, selections and picks; writes the SVG export
 * (svg_document.ts). The node names reach the page only as canvas text and textContent.
 */

import type { AtlasGraph, Neighbourhood } from '../analysis/graph/build_graph';
import { isGroupId } from '../analysis/graph/groups';
import { focusOf, LEVEL_OPTIONS } from '../analysis/graph/shown_network';
import type { NodeAppearance } from './appearance';
import { attachCanvasPointer, type CanvasPointer } from './canvas_pointer';
import { CanvasRenderer } from './canvas_renderer';
import {
  type Box,
  estimateTextWidth,
  LABEL_FONT_SIZE,
  type LabelPlacement,
  type MeasureText,
} from './labels';
import type { LayoutEngine } from './layout_engine';
import { type CanvasSize, type LiveGraph, liveGraphControllers } from './live_graph_controllers';
import type { GraphTexts, LegendModel } from './network_legend';
import {
  applyAppearance,
  applyFocus,
  chooseLabels,
  createScene,
  emptyScene,
  FONT_FAMILY,
  fitTransform,
  nodeAt,
  type Scene,
  type SceneBand,
  type SceneEdge,
  type SceneNode,
  type ViewTransform,
} from './network_scene';
import type { LayoutLinkInput, LayoutNodeInput } from './simulation';
import { svgDocument } from './svg_document';

export interface GraphCallbacks {
  onSelect(id: string): void;
  /** A node clicked while picking (the target of a relationship being drawn). */
  onPick?(id: string): void;
  /** A group node clicked: it opens into its members (see analysis/graph/groups.ts). */
  onGroup?(id: string): void;
}

/** How the nodes are arranged: by their links (force), or in rows by level. */
export type LayoutMode = 'force' | 'levels';

/** Graph units between two rows of the layout by level. */
const BAND_SPACING = 120;

/** The width of a label as the canvas will write it; an estimate where there is no canvas. */
function textMeasurer(): MeasureText {
  const context =
    typeof CanvasRenderingContext2D === 'function' && typeof document !== 'undefined'
      ? document.createElement('canvas').getContext('2d')
      : null;
  if (!context) return (text) => estimateTextWidth(text);
  context.font = `${LABEL_FONT_SIZE}px ${FONT_FAMILY}`;
  const widths = new Map<string, number>();
  return (text) => {
    let width = widths.get(text);
    if (width === undefined) {
      width = context.measureText(text).width;
      widths.set(text, width);
    }
    return width;
  };
}

/** How far from a node's rim a click still hits it, screen pixels. */
const HIT_SLACK = 3;

const frame: (callback: () => void) => unknown =
  typeof requestAnimationFrame === 'function'
    ? (callback) => requestAnimationFrame(callback)
    : (callback) => setTimeout(callback, 16);

/**
 * Owns the network's canvas: draws the scene as the layout moves it, chooses the labels at
 * rest, and handles zoom, pan, drag (pins), clicks and hover. What it draws can be read
 * (nodes, edges, positions, labels, canvas size, layout state) by code that finds it in
 * liveGraphControllers; the canvas has no elements to query.
 */
export class GraphController implements LiveGraph {
  private readonly renderer: CanvasRenderer;
  private readonly pointer: CanvasPointer;
  private readonly tooltip: HTMLDivElement;
  /** Told each time the layout gives positions (see onLayout). */
  private readonly layoutListeners = new Set<(running: boolean) => void>();
  private scene: Scene = emptyScene();
  /** Where each node dragged in this scene was put (pinned there until released). */
  private dragged = new Map<number, [number, number]>();
  private graph: AtlasGraph | null = null;
  private transform: ViewTransform = { x: 0, y: 0, k: 1 };
  private labels: LabelPlacement[] = [];
  private labelBoxes: Box[] = [];
  /** What covers the drawing (its legend), in canvas pixels: no label goes under it. */
  private obstacles: Box[] = [];
  private readonly measure: MeasureText = textMeasurer();
  private mode: LayoutMode = 'force';
  /** Whether the layout has given the current scene's nodes positions yet. */
  private positioned = false;
  private steps = 1;
  private generation = 0;
  private framePending = false;
  private running = false;
  private userMoved = false;
  private fitted = false;
  private placedOnce = false;
  private focus: Neighbourhood | null = null;
  private focusId: string | null = null;
  private texts: GraphTexts;
  private legend: LegendModel | null = null;
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
    this.renderer = new CanvasRenderer(container, () => this.resized());
    const canvas = this.renderer.canvas;
    canvas.setAttribute('role', 'img');
    canvas.setAttribute('aria-label', texts.title);
    // The container's description (how to use the drawing) is the image's.
    const description = container.getAttribute('aria-describedby');
    if (description) canvas.setAttribute('aria-describedby', description);
    this.tooltip = document.createElement('div');
    this.tooltip.className = 'network-tooltip';
    this.tooltip.setAttribute('aria-hidden', 'true');
    this.tooltip.hidden = true;
    container.append(this.tooltip);
    this.pointer = attachCanvasPointer(canvas, {
      size: () => [this.renderer.width, this.renderer.height],
      nodeAt: (x, y) => this.nodeAtScreen(x, y),
      nodePosition: (node) => this.toScreen(node),
      onZoom: (transform, byUser) => {
        if (byUser) this.userMoved = true;
        this.transform = transform;
        this.schedule();
      },
      onZoomEnd: () => this.schedule(),
      onDrag: (node, x, y) => this.dragNode(node, x, y),
      onClick: (node) => this.clickNode(node),
      onDoubleClick: (node) => this.releaseNode(node),
      onHover: (node, x, y) => this.hover(node, x, y),
    });
    this.engine.onPositions = (generation, positions, running) => {
      if (generation !== this.generation || this.destroyed) return;
      // A node dragged stays where the pointer put it: the worker may still answer with a
      // position from an earlier step of the drag.
      for (const [node, [x, y]] of this.dragged) {
        positions[node * 2] = x;
        positions[node * 2 + 1] = y;
      }
      this.scene.positions = positions;
      this.positioned = true;
      this.running = running;
      this.schedule();
      for (const listener of [...this.layoutListeners]) listener(running);
    };
    liveGraphControllers.add(this);
  }

  /** The nodes drawn, in the layout's order: to read only, the controller changes them. */
  drawnNodes(): readonly Readonly<SceneNode>[] {
    return this.scene.nodes;
  }

  /** A node drawn, by id; undefined if it is not in the drawing. */
  drawnNode(id: string): Readonly<SceneNode> | undefined {
    const at = this.scene.index.get(id);
    return at === undefined ? undefined : this.scene.nodes[at];
  }

  /** The edges drawn, with their relationship type and focus state. */
  drawnEdges(): readonly Readonly<SceneEdge>[] {
    return this.scene.edges;
  }

  /**
   * Where a node's centre is drawn: CSS pixels from the canvas's top-left corner (outside
   * the canvas when the view does not show it); null if the node is not in the drawing.
   */
  nodePosition(id: string): [number, number] | null {
    const at = this.scene.index.get(id);
    return at === undefined ? null : this.toScreen(at);
  }

  /** The ids of the nodes whose names are drawn. */
  labelledNodes(): string[] {
    return this.labels.map((placement) => this.scene.nodes[placement.node]?.id ?? '');
  }

  /** Where the labels are written, CSS pixels from the canvas's top-left corner. */
  labelPlaces(): readonly Box[] {
    return this.labelBoxes;
  }

  /** How the nodes are arranged. */
  layoutMode(): LayoutMode {
    return this.mode;
  }

  /** The canvas the drawing is on (where a node's position is measured from). */
  get canvas(): HTMLCanvasElement {
    return this.renderer.canvas;
  }

  /** The view's size, the canvas's, and where it is drawn. */
  canvasSize(): CanvasSize {
    return {
      width: this.renderer.width,
      height: this.renderer.height,
      pixelWidth: this.renderer.pixelWidth,
      pixelHeight: this.renderer.pixelHeight,
      drawing: this.renderer.drawing,
    };
  }

  /** Whether the layout is still moving the nodes. */
  layoutRunning(): boolean {
    return this.running;
  }

  /**
   * Calls `listener` each time the layout gives the nodes' positions, with whether it still
   * runs (false: it has come to rest); the returned function stops it.
   */
  onLayout(listener: (running: boolean) => void): () => void {
    this.layoutListeners.add(listener);
    return () => {
      this.layoutListeners.delete(listener);
    };
  }

  setTexts(texts: GraphTexts): void {
    this.texts = texts;
    this.renderer.canvas.setAttribute('aria-label', texts.title);
  }

  /** The legend the SVG export draws (the page shows it with NetworkLegend). */
  setLegend(legend: LegendModel): void {
    this.legend = legend;
  }

  /** Draws a new network; nodes already shown keep their place. */
  setGraph(graph: AtlasGraph): void {
    // Nodes the layout has placed keep their place; until it has, there is none to keep.
    const previous = this.positioned ? this.scene : emptyScene();
    this.graph = graph;
    this.scene = createScene(graph, this.appearance, previous);
    this.positioned = false;
    this.scene.bands = this.bands(graph);
    this.focus = focusOf(graph, this.focusId, this.steps);
    applyFocus(this.scene, this.focus);
    this.startLayout((id) => previous.index.has(id));
  }

  /**
   * Arranges the nodes by their links or in rows by level (international at the top, local
   * at the bottom); the view fits the new arrangement once it rests.
   */
  setLayoutMode(mode: LayoutMode): void {
    if (mode === this.mode) return;
    this.mode = mode;
    this.scene.bands = this.graph ? this.bands(this.graph) : [];
    this.scene.revision += 1;
    this.fitted = false;
    this.userMoved = false;
    this.startLayout(() => true, { alpha: 1 });
  }

  /**
   * Canvas boxes that cover the drawing (the legend): labels are placed clear of them, and
   * the fitted view leaves them room.
   */
  setObstacles(boxes: readonly Box[]): void {
    this.obstacles = [...boxes];
    if (this.fitted && !this.userMoved) this.fit();
    this.placeLabels();
    this.schedule();
  }

  /** Where the rows' names are written (draw_scene.ts: at the right edge, above the row). */
  private bandNames(): Box[] {
    const right = this.renderer.width - 6;
    return this.scene.bands.map((band) => {
      const baseline = this.transform.y + this.transform.k * band.y - 4;
      // Bold text is a little wider than the labels the measure is made for.
      const width = this.measure(band.label) * 1.15;
      return [right - width, baseline - LABEL_FONT_SIZE, right, baseline + 3];
    });
  }

  /** The rows of the layout by level for the levels present in `graph` (none in force mode). */
  private bands(graph: AtlasGraph): SceneBand[] {
    if (this.mode !== 'levels') return [];
    const present = new Set<string>();
    graph.forEachNode((_id, attributes) => {
      present.add(attributes.level);
    });
    return LEVEL_OPTIONS.filter((level) => present.has(level)).map((level, row) => ({
      label: this.texts.level(level),
      y: row * BAND_SPACING,
      level,
    }));
  }

  /** Lays out the scene's nodes anew; `keep` says whose current position to start from. */
  private startLayout(keep: (id: string) => boolean, start?: { alpha: number }): void {
    this.generation += 1;
    this.dragged.clear();
    this.labels = [];
    this.labelBoxes = [];
    const rowOf = new Map(this.scene.bands.map((band) => [band.level, band.y]));
    const layoutNodes: LayoutNodeInput[] = this.scene.nodes.map((node, at) => {
      const input: LayoutNodeInput = { id: node.id, radius: node.radius };
      // Until the worker answers, known nodes stay put and new ones wait at the centre.
      if (keep(node.id)) {
        input.x = this.scene.positions[at * 2];
        input.y = this.scene.positions[at * 2 + 1];
      }
      const level = this.graph?.hasNode(node.id)
        ? this.graph.getNodeAttribute(node.id, 'level')
        : '';
      const band = rowOf.get(level);
      if (band !== undefined) input.band = band;
      return input;
    });
    const links: LayoutLinkInput[] = this.scene.edges.map((edge) => ({
      source: this.scene.nodes[edge.source]?.id ?? '',
      target: this.scene.nodes[edge.target]?.id ?? '',
    }));
    this.running = true;
    this.engine.layout(this.generation, layoutNodes, links, start);
    this.schedule();
  }

  /** Sizes and colours the nodes drawn (the layout keeps going as it is). */
  setAppearance(appearance: NodeAppearance): void {
    this.appearance = appearance;
    applyAppearance(this.scene, appearance);
    this.schedule();
  }

  /** Highlights a node and its neighbourhood, fading the rest; null clears the focus. */
  setFocus(id: string | null, steps: number): void {
    this.focusId = id;
    this.steps = steps;
    this.focus = this.graph ? focusOf(this.graph, id, steps) : null;
    applyFocus(this.scene, this.focus);
    this.placeLabels();
    this.schedule();
  }

  /**
   * While on, a node click picks the node (`onPick`) instead of selecting it, and the
   * cursor says so: the user is choosing the target of a relationship.
   */
  setPicking(on: boolean): void {
    this.picking = on;
    this.renderer.canvas.toggleAttribute('data-picking', on);
  }

  zoomBy(factor: number): void {
    this.userMoved = true;
    this.pointer.scaleBy(factor);
  }

  /** Fits the whole drawing in the view. */
  fit(): void {
    // What covers the drawing from its left edge (the legend, when open) is left clear.
    const left = Math.max(0, ...this.obstacles.filter((box) => box[0] < 8).map((box) => box[2]));
    this.pointer.setTransform(
      fitTransform(this.scene, this.renderer.width, this.renderer.height, left),
    );
  }

  /**
   * The drawing as it is, with its legend beside it, as a standalone SVG document. Its
   * labels are chosen for it: the legend, over the drawing on the page, is beside it there.
   */
  toSvg(): string {
    const { placements } = chooseLabels(
      this.scene,
      this.transform,
      this.renderer.width,
      this.renderer.height,
      { measure: this.measure },
    );
    return svgDocument({
      scene: this.scene,
      labels: placements,
      transform: this.transform,
      width: this.renderer.width,
      height: this.renderer.height,
      legend: this.legend,
      title: this.texts.title,
    });
  }

  destroy(): void {
    this.destroyed = true;
    this.engine.onPositions = null;
    this.engine.stop();
    this.pointer.destroy();
    this.renderer.destroy();
    this.tooltip.remove();
    this.layoutListeners.clear();
    liveGraphControllers.delete(this);
  }

  private toScreen(node: number): [number, number] {
    const { x, y, k } = this.transform;
    return [
      x + k * (this.scene.positions[node * 2] ?? 0),
      y + k * (this.scene.positions[node * 2 + 1] ?? 0),
    ];
  }

  private nodeAtScreen(x: number, y: number): number {
    const { k } = this.transform;
    return nodeAt(
      this.scene,
      (x - this.transform.x) / k,
      (y - this.transform.y) / k,
      HIT_SLACK / k,
    );
  }

  private dragNode(node: number, x: number, y: number): void {
    const target = this.scene.nodes[node];
    if (!target) return;
    const { k } = this.transform;
    const graphX = (x - this.transform.x) / k;
    const graphY = (y - this.transform.y) / k;
    this.scene.positions[node * 2] = graphX;
    this.scene.positions[node * 2 + 1] = graphY;
    target.pinned = true;
    // The user arranges the drawing: it is no longer fitted for them (a resize, a legend).
    this.userMoved = true;
    this.dragged.set(node, [graphX, graphY]);
    this.engine.pin(target.id, graphX, graphY);
    this.schedule();
  }

  private clickNode(node: number): void {
    const id = this.scene.nodes[node]?.id;
    if (id === undefined) return;
    // What was clicked stays under the pointer, even if the details panel narrows the view.
    this.userMoved = true;
    if (isGroupId(id)) this.callbacks.onGroup?.(id);
    else if (this.picking && this.callbacks.onPick) this.callbacks.onPick(id);
    else this.callbacks.onSelect(id);
  }

  private releaseNode(node: number): void {
    const target = this.scene.nodes[node];
    if (!target) return;
    target.pinned = false;
    this.dragged.delete(node);
    this.engine.release(target.id);
  }

  /** The pointer over a node: a hand (a crosshair while picking) and the node's full name. */
  private hover(node: number, x: number, y: number): void {
    const target = this.scene.nodes[node];
    this.renderer.canvas.toggleAttribute('data-hover', target !== undefined);
    this.tooltip.hidden = target === undefined;
    if (!target) return;
    this.tooltip.textContent = target.name;
    // Right of the pointer, unless that would go past the drawing's right edge.
    const left = Math.min(x + 12, this.renderer.width - this.tooltip.offsetWidth - 4);
    this.tooltip.style.left = `${Math.round(Math.max(0, left))}px`;
    this.tooltip.style.top = `${Math.round(y + 12)}px`;
  }

  private resized(): void {
    if (this.fitted && !this.userMoved) this.fit();
    // The canvas is blank after a resize: draw now, not on the next frame.
    this.render();
  }

  private schedule(): void {
    if (this.framePending || this.destroyed) return;
    this.framePending = true;
    frame(() => {
      if (this.destroyed) return;
      this.settleView();
      this.framePending = false;
      this.render();
    });
  }

  /**
   * Until the user moves the view: half scale around the centre while the layout runs,
   * then the whole network fitted once it rests.
   */
  private settleView(): void {
    if (this.fitted || this.userMoved) return;
    if (!this.running) {
      this.fitted = true;
      this.fit();
    } else if (!this.placedOnce) {
      this.placedOnce = true;
      this.pointer.setTransform({
        x: this.renderer.width / 2,
        y: this.renderer.height / 2,
        k: 0.5,
      });
    }
  }

  private render(): void {
    if (!this.running) this.placeLabels();
    this.renderer.draw(this.scene, this.transform, this.labels);
  }

  /** Chooses the labels again: the focus and its partners, groups, big nodes; no overlap. */
  private placeLabels(): void {
    const chosen = chooseLabels(
      this.scene,
      this.transform,
      this.renderer.width,
      this.renderer.height,
      { measure: this.measure, obstacles: [...this.obstacles, ...this.bandNames()] },
    );
    this.labels = chosen.placements;
    this.labelBoxes = chosen.boxes;
  }
}
