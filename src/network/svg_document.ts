/**
 * The network drawing as a standalone SVG document (the SVG export, and through png.ts the
 * PNG one): the same scene, view, styles and labels as the canvas, with arrow markers,
 * dashes, focus fading, the rows of the layout by level, a white background, and the legend
 * beside the drawing (never over it, where it would hide nodes and labels). A string built
 * without the DOM; every text and attribute from the data is escaped.
 */
import { RELATIONSHIP_TYPES } from '../model/enums';
import { edgeStyle } from './appearance';
import { estimateTextWidth, LABEL_FONT_SIZE, type LabelPlacement, shortLabel } from './labels';
import type { LegendModel } from './network_legend';
import {
  ARROW,
  BACKGROUND,
  BAND_LINE,
  BAND_TEXT,
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

export interface SvgDrawing {
  scene: Scene;
  /** The labels and their places (chooseLabels, for this view). */
  labels: readonly LabelPlacement[];
  transform: ViewTransform;
  /** Size of the view, CSS pixels: the document's size. */
  width: number;
  height: number;
  legend: LegendModel | null;
  title: string;
}

/** Text safe in XML content and attribute values: escaped, without the characters XML forbids. */
export function escapeXml(text: string): string {
  let safe = '';
  for (const character of text) {
    const code = character.codePointAt(0) ?? 0;
    const allowed =
      code === 0x9 ||
      code === 0xa ||
      code === 0xd ||
      (code >= 0x20 && code <= 0xd7ff) ||
      (code >= 0xe000 && code <= 0xfffd) ||
      code >= 0x10000;
    if (allowed) safe += character;
  }
  return safe
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&apos;');
}

/** A number for an attribute: at most `digits` decimals, no trailing zeros. */
function num(value: number, digits = 2): string {
  return String(Number(value.toFixed(digits)));
}

/** An element with attributes (escaped) and optional content (already XML). */
function element(
  name: string,
  attributes: Record<string, string | number | undefined>,
  content = '',
): string {
  const written = Object.entries(attributes)
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined)
    .map(([key, value]) => ` ${key}="${escapeXml(typeof value === 'number' ? num(value) : value)}"`)
    .join('');
  return content === '' ? `<${name}${written}/>` : `<${name}${written}>${content}</${name}>`;
}

function arrowMarkers(): string {
  const { length, halfWidth } = ARROW;
  return RELATIONSHIP_TYPES.map((type) =>
    element(
      'marker',
      {
        id: `network-arrow-${type}`,
        viewBox: `0 ${-halfWidth} ${length} ${halfWidth * 2}`,
        refX: length,
        markerWidth: length,
        markerHeight: halfWidth * 2,
        orient: 'auto',
      },
      element('path', {
        d: `M0,${-halfWidth}L${length},0L0,${halfWidth}Z`,
        fill: edgeStyle(type).color,
      }),
    ),
  ).join('');
}

function edges(scene: Scene): string {
  const lines: string[] = [];
  for (const group of edgeGroups(scene)) {
    for (const at of group) {
      const edge = scene.edges[at];
      if (!edge) continue;
      const width = edgeWidth(edge.state, edge.confidence);
      const line = edgeGeometry(scene, edge, width);
      lines.push(
        element('line', {
          class: 'network-edge',
          'data-id': edge.key,
          'data-type': edge.type,
          'data-confidence': edge.confidence || undefined,
          x1: line.x1,
          y1: line.y1,
          x2: line.tipX,
          y2: line.tipY,
          stroke: edge.color,
          'stroke-width': width,
          'stroke-dasharray': edge.dash || undefined,
          'marker-end': `url(#network-arrow-${edge.type})`,
          opacity: edgeOpacity(edge.state, edge.confidence),
        }),
      );
    }
  }
  return lines.join('');
}

function nodes(scene: Scene): string {
  const circles: string[] = [];
  for (const group of nodeGroups(scene)) {
    for (const at of group) {
      const node = scene.nodes[at];
      if (!node) continue;
      const stroke = nodeStroke(node);
      circles.push(
        element(
          'circle',
          {
            class: 'network-node',
            'data-id': node.id,
            'data-state': node.state || undefined,
            cx: scene.positions[at * 2] ?? 0,
            cy: scene.positions[at * 2 + 1] ?? 0,
            r: node.radius,
            fill: node.fill,
            stroke: stroke.color,
            'stroke-width': stroke.width,
            'stroke-dasharray': stroke.dash || undefined,
            opacity: nodeOpacity(node.state),
          },
          element('title', {}, escapeXml(node.name)),
        ),
      );
    }
  }
  return circles.join('');
}

function labels(drawing: SvgDrawing): string {
  const { scene, transform } = drawing;
  const k = transform.k;
  return drawing.labels
    .map((placement) => {
      const node = scene.nodes[placement.node];
      if (!node) return '';
      const [x, y] = labelAnchor(scene, placement, k);
      return element(
        'text',
        {
          class: 'network-label',
          'data-id': node.id,
          x,
          y,
          'text-anchor': placement.align === 'start' ? undefined : placement.align,
          'font-size': num(LABEL_FONT_SIZE / k, 3),
          fill: LABEL_COLOR,
          stroke: LABEL_HALO.color,
          'stroke-width': num(LABEL_HALO.width / k, 3),
          'paint-order': 'stroke',
        },
        escapeXml(shortLabel(node.name)),
      );
    })
    .join('');
}

/** The rows of the layout by level, in view coordinates, named at the right (as the canvas draws them). */
function bands(drawing: SvgDrawing): string {
  const { transform, width, height } = drawing;
  return drawing.scene.bands
    .map((band) => ({ band, y: transform.y + transform.k * band.y }))
    .filter(({ y }) => y >= -10 && y <= height + 10)
    .map(
      ({ band, y }) =>
        element('line', { x1: 0, x2: width, y1: y, y2: y, stroke: BAND_LINE, 'stroke-width': 1 }) +
        element(
          'text',
          {
            class: 'network-band',
            x: width - 6,
            y: y - 4,
            'text-anchor': 'end',
            'font-size': LABEL_FONT_SIZE,
            'font-weight': 'bold',
            fill: BAND_TEXT,
            stroke: LABEL_HALO.color,
            'stroke-width': LABEL_HALO.width,
            'paint-order': 'stroke',
          },
          escapeXml(band.label),
        ),
    )
    .join('');
}

/** The legend's width, beside the drawing. */
export const SVG_LEGEND_WIDTH = 200;

/** Legend texts: their size, and how far they may run before the legend's edge. */
const LEGEND_FONT_SIZE = 10;
const LEGEND_TEXT_END = SVG_LEGEND_WIDTH - 10;

/** `text` cut with an ellipsis where it would pass `width` px (the page's legend does the same). */
function fitted(text: string, width: number): string {
  if (estimateTextWidth(text, LEGEND_FONT_SIZE) <= width) return text;
  let cut = text;
  while (cut.length > 1 && estimateTextWidth(`${cut}…`, LEGEND_FONT_SIZE) > width) {
    cut = cut.slice(0, -1);
  }
  return `${cut.trimEnd()}…`;
}

/** The legend at the left of the drawing, as the live page shows it (NetworkLegend.tsx). */
function legend(model: LegendModel): string {
  const row = 13;
  let y = 14;
  const items: string[] = [];
  const text = (value: string, x: number, at: number, bold = false) =>
    items.push(
      element(
        'text',
        {
          x,
          y: at,
          'font-size': LEGEND_FONT_SIZE,
          fill: LABEL_COLOR,
          'font-weight': bold ? 'bold' : undefined,
        },
        escapeXml(fitted(value, LEGEND_TEXT_END - x)),
      ),
    );
  text(model.colorTitle, 8, y, true);
  for (const item of model.colors) {
    y += row;
    items.push(element('circle', { cx: 13, cy: y - 3.5, r: 4.5, fill: item.color }));
    text(item.label, 24, y);
  }
  y += row + 4;
  text(model.edgeTitle, 8, y, true);
  for (const item of model.edges) {
    y += row;
    items.push(
      element('line', {
        x1: 6,
        x2: 20,
        y1: y - 3.5,
        y2: y - 3.5,
        stroke: item.color,
        'stroke-width': 1.6,
        'stroke-dasharray': item.dash || undefined,
        'marker-end': `url(#network-arrow-${item.type})`,
      }),
    );
    text(item.label, 24, y);
  }
  if (model.confidences.length > 0) {
    y += row + 4;
    text(model.confidenceTitle, 8, y, true);
    for (const item of model.confidences) {
      y += row;
      items.push(
        element('line', {
          x1: 6,
          x2: 20,
          y1: y - 3.5,
          y2: y - 3.5,
          stroke: LABEL_COLOR,
          'stroke-width': item.width,
          opacity: item.opacity,
        }),
      );
      text(item.label, 24, y);
    }
  }
  if (model.groupNote) {
    y += row + 4;
    items.push(
      element('circle', {
        cx: 13,
        cy: y - 3.5,
        r: 4.5,
        fill: '#ffffff',
        stroke: '#1d2733',
        'stroke-width': 2,
      }),
    );
    text(model.groupNote, 24, y);
  }
  y += row + 4;
  text(model.sizeCaption, 8, y);
  const background = element('rect', {
    x: 2,
    y: 2,
    width: SVG_LEGEND_WIDTH - 6,
    height: y + 6,
    fill: '#ffffff',
    stroke: '#d5dbe3',
  });
  return element('g', { class: 'network-legend' }, background + items.join(''));
}

/** The drawing as an SVG document (XML declaration included). */
export function svgDocument(drawing: SvgDrawing): string {
  const { transform, width, height } = drawing;
  const viewport = element(
    'g',
    {
      transform: `translate(${num(transform.x)},${num(transform.y)}) scale(${num(transform.k, 5)})`,
    },
    element('g', {}, edges(drawing.scene)) +
      element('g', {}, nodes(drawing.scene)) +
      element('g', { 'pointer-events': 'none' }, labels(drawing)),
  );
  const left = drawing.legend ? SVG_LEGEND_WIDTH : 0;
  const total = Math.round(width + left);
  // The drawing keeps the size and view it has on screen, right of the legend, cut to it.
  const view = element(
    'g',
    { class: 'network-view', transform: `translate(${left},0)`, 'clip-path': 'url(#network-view)' },
    bands(drawing) + viewport,
  );
  const body =
    element('title', {}, escapeXml(drawing.title)) +
    element(
      'defs',
      {},
      arrowMarkers() +
        element(
          'clipPath',
          { id: 'network-view' },
          element('rect', { width: Math.round(width), height: Math.round(height) }),
        ),
    ) +
    element('rect', { width: '100%', height: '100%', fill: BACKGROUND }) +
    view +
    (drawing.legend ? legend(drawing.legend) : '');
  const svg = element(
    'svg',
    {
      xmlns: 'http://www.w3.org/2000/svg',
      width: total,
      height: Math.round(height),
      viewBox: `0 0 ${total} ${Math.round(height)}`,
      role: 'img',
      'font-family': FONT_FAMILY,
    },
    body,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>\n${svg}`;
}
