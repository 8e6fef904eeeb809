/**
 * Draws a network scene on a 2D canvas context (the page's, or an OffscreenCanvas's in the
 * render worker) under the view's zoom transform: edges and nodes in short batched paths
 * (by style group, see network_scene.ts), faded ones at the back, then the labels with a
 * white halo. Pure apart from the context it is given.
 */
import { LABEL_FONT_SIZE, type LabelPlacement, shortLabel } from './labels';
import {
  ARROW,
  BACKGROUND,
  BAND_LINE,
  BAND_TEXT,
  type EdgeState,
  edgeGeometry,
  edgeGroups,
  edgeOpacity,
  edgeWidth,
  FONT_FAMILY,
  LABEL_COLOR,
  LABEL_HALO,
  labelAnchor,
  nodeGroups,
  nodeOpacity,
  nodeStroke,
  type Scene,
  type ViewTransform,
} from './network_scene';

export interface CanvasView {
  transform: ViewTransform;
  /** Size of the view, CSS pixels. */
  width: number;
  height: number;
  /** Device pixels per CSS pixel. */
  pixelRatio: number;
  /** The labels to write, and where (chooseLabels). */
  labels: readonly LabelPlacement[];
}

/** The part of the 2D context the renderer uses (so that a test can record the calls). */
export type DrawingContext = Pick<
  CanvasRenderingContext2D,
  | 'setTransform'
  | 'fillRect'
  | 'beginPath'
  | 'moveTo'
  | 'lineTo'
  | 'arc'
  | 'closePath'
  | 'fill'
  | 'stroke'
  | 'setLineDash'
  | 'strokeText'
  | 'fillText'
  | 'globalAlpha'
  | 'fillStyle'
  | 'strokeStyle'
  | 'lineWidth'
  | 'lineJoin'
  | 'font'
  | 'textAlign'
>;

const FULL_TURN = Math.PI * 2;
const dashes = new Map<string, number[]>();

/** An SVG dash array ("6 3") as the canvas takes it. */
function dashOf(dash: string): number[] {
  let lengths = dashes.get(dash);
  if (!lengths) {
    lengths = dash
      .split(/[\s,]+/)
      .filter(Boolean)
      .map(Number);
    dashes.set(dash, lengths);
  }
  return lengths;
}

/** The part of the graph plane in view, graph units, with a margin. */
interface VisibleArea {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

function visibleWindow(view: CanvasView): VisibleArea {
  const { x, y, k } = view.transform;
  const margin = 20 / k;
  return {
    left: -x / k - margin,
    top: -y / k - margin,
    right: (view.width - x) / k + margin,
    bottom: (view.height - y) / k + margin,
  };
}

/**
 * Shapes per path: Skia's scan conversion grows faster than the number of shapes in one
 * path, so a group is filled and stroked in chunks (measured in headless Chromium: 6,000
 * edges in one path per type 23 ms, in chunks of 20 about 14 ms).
 */
const EDGES_PER_PATH = 20;
const NODES_PER_PATH = 10;
/** Below these sizes on screen a dash or an arrowhead cannot be seen: it is left out. */
const MIN_DASH_PX = 1;
const MIN_ARROW_PX = 3;

/**
 * Whether an edge group is dashed on screen: not when faded (3 % opacity) nor when its
 * shortest dash would be under a pixel (a dashed hairline looks like a lighter line).
 */
function visibleDash(dash: readonly number[], state: EdgeState, k: number): boolean {
  return dash.length > 0 && state !== 'faded' && Math.min(...dash) * k >= MIN_DASH_PX;
}

function drawEdges(context: DrawingContext, scene: Scene, seen: VisibleArea, k: number): void {
  for (const group of edgeGroups(scene)) {
    const first = scene.edges[group[0] ?? -1];
    if (!first) continue;
    const width = edgeWidth(first.state, first.confidence);
    const dash = dashOf(first.dash);
    const arrows = first.state !== 'faded' && ARROW.length * width * k >= MIN_ARROW_PX;
    const heads: number[] = [];
    context.globalAlpha = edgeOpacity(first.state, first.confidence);
    context.strokeStyle = first.color;
    context.fillStyle = first.color;
    context.lineWidth = width;
    context.setLineDash(visibleDash(dash, first.state, k) ? dash : []);
    context.beginPath();
    let inPath = 0;
    for (const at of group) {
      const edge = scene.edges[at];
      if (!edge) continue;
      const line = edgeGeometry(scene, edge, width);
      if (
        Math.max(line.x1, line.tipX) < seen.left ||
        Math.min(line.x1, line.tipX) > seen.right ||
        Math.max(line.y1, line.tipY) < seen.top ||
        Math.min(line.y1, line.tipY) > seen.bottom
      )
        continue;
      context.moveTo(line.x1, line.y1);
      if (arrows) {
        context.lineTo(line.x2, line.y2);
        heads.push(line.x2, line.y2, line.tipX, line.tipY);
      } else context.lineTo(line.tipX, line.tipY);
      inPath += 1;
      if (inPath === EDGES_PER_PATH) {
        context.stroke();
        context.beginPath();
        inPath = 0;
      }
    }
    context.stroke();
    context.setLineDash([]);
    if (arrows) drawArrowheads(context, heads, ARROW.halfWidth * width);
  }
}

/** Triangles from each line's end (their base) to the tip: [baseX, baseY, tipX, tipY, …]. */
function drawArrowheads(context: DrawingContext, heads: readonly number[], half: number): void {
  context.beginPath();
  let inPath = 0;
  for (let i = 0; i < heads.length; i += 4) {
    const baseX = heads[i] ?? 0;
    const baseY = heads[i + 1] ?? 0;
    const tipX = heads[i + 2] ?? 0;
    const tipY = heads[i + 3] ?? 0;
    const length = Math.hypot(tipX - baseX, tipY - baseY);
    if (length === 0) continue;
    const normalX = (-(tipY - baseY) / length) * half;
    const normalY = ((tipX - baseX) / length) * half;
    context.moveTo(tipX, tipY);
    context.lineTo(baseX + normalX, baseY + normalY);
    context.lineTo(baseX - normalX, baseY - normalY);
    context.closePath();
    inPath += 1;
    if (inPath === EDGES_PER_PATH) {
      context.fill();
      context.beginPath();
      inPath = 0;
    }
  }
  context.fill();
}

function drawNodes(context: DrawingContext, scene: Scene, seen: VisibleArea): void {
  const p = scene.positions;
  for (const group of nodeGroups(scene)) {
    const first = scene.nodes[group[0] ?? -1];
    if (!first) continue;
    const stroke = nodeStroke(first);
    context.globalAlpha = nodeOpacity(first.state);
    context.fillStyle = first.fill;
    context.strokeStyle = stroke.color;
    context.lineWidth = stroke.width;
    context.setLineDash(dashOf(stroke.dash));
    context.beginPath();
    let inPath = 0;
    for (const at of group) {
      const radius = scene.nodes[at]?.radius ?? 0;
      const x = p[at * 2] ?? 0;
      const y = p[at * 2 + 1] ?? 0;
      if (x + radius < seen.left || x - radius > seen.right) continue;
      if (y + radius < seen.top || y - radius > seen.bottom) continue;
      context.moveTo(x + radius, y);
      context.arc(x, y, radius, 0, FULL_TURN);
      inPath += 1;
      if (inPath === NODES_PER_PATH) {
        context.fill();
        context.stroke();
        context.beginPath();
        inPath = 0;
      }
    }
    context.fill();
    context.stroke();
  }
  context.setLineDash([]);
}

const TEXT_ALIGN = { start: 'left', end: 'right', middle: 'center' } as const;

/** Labels at a constant screen size: drawn in CSS pixels, not under the zoom. */
function drawLabels(context: DrawingContext, scene: Scene, view: CanvasView): void {
  const { x, y, k } = view.transform;
  context.globalAlpha = 1;
  context.font = `${LABEL_FONT_SIZE}px ${FONT_FAMILY}`;
  context.lineJoin = 'round';
  context.lineWidth = LABEL_HALO.width;
  context.strokeStyle = LABEL_HALO.color;
  context.fillStyle = LABEL_COLOR;
  for (const placement of view.labels) {
    const node = scene.nodes[placement.node];
    if (!node) continue;
    const [anchorX, anchorY] = labelAnchor(scene, placement, k);
    const text = shortLabel(node.name);
    context.textAlign = TEXT_ALIGN[placement.align];
    context.strokeText(text, x + k * anchorX, y + k * anchorY);
    context.fillText(text, x + k * anchorX, y + k * anchorY);
  }
  context.textAlign = 'left';
}

/**
 * The rows of the layout by level, behind the network: a faint line across the view at
 * each row, and its name at the right edge (the legend lies over the left), whatever the
 * zoom.
 */
function drawBands(context: DrawingContext, scene: Scene, view: CanvasView): void {
  if (scene.bands.length === 0) return;
  const { y, k } = view.transform;
  context.globalAlpha = 1;
  context.font = `bold ${LABEL_FONT_SIZE}px ${FONT_FAMILY}`;
  context.textAlign = 'right';
  for (const band of scene.bands) {
    const at = y + k * band.y;
    if (at < -10 || at > view.height + 10) continue;
    context.strokeStyle = BAND_LINE;
    context.lineWidth = 1;
    context.beginPath();
    context.moveTo(0, at);
    context.lineTo(view.width, at);
    context.stroke();
    context.fillStyle = BAND_TEXT;
    context.lineWidth = LABEL_HALO.width;
    context.strokeStyle = LABEL_HALO.color;
    context.strokeText(band.label, view.width - 6, at - 4);
    context.fillText(band.label, view.width - 6, at - 4);
  }
  context.textAlign = 'left';
}

/** One frame: background, edges, nodes (faded ones at the back), labels. */
export function drawScene(context: DrawingContext, scene: Scene, view: CanvasView): void {
  const { pixelRatio: ratio, transform } = view;
  context.setTransform(ratio, 0, 0, ratio, 0, 0);
  context.globalAlpha = 1;
  context.fillStyle = BACKGROUND;
  context.fillRect(0, 0, view.width, view.height);
  drawBands(context, scene, view);
  const seen = visibleWindow(view);
  context.setTransform(
    ratio * transform.k,
    0,
    0,
    ratio * transform.k,
    ratio * transform.x,
    ratio * transform.y,
  );
  drawEdges(context, scene, seen, transform.k);
  drawNodes(context, scene, seen);
  context.setTransform(ratio, 0, 0, ratio, 0, 0);
  drawLabels(context, scene, view);
}
