import type { ExpressionSpecification } from 'maplibre-gl';
import { CATEGORIES } from '../model/enums';
import { CATEGORY_COLORS, MAP_COLORS } from './palette';
import { AREA_PRECISIONS, categoryCount } from './site_worker';

/**
 * The symbols that say what a group of sites holds, category by category: a ring of the
 * categories' colours around the count (a cluster, or several sites at one address), and a
 * badge with a bar of them under the count (the sites known only by their commune or
 * postcode: an area, not a point). MapLibre asks for each composition it meets by the
 * image's name (styleimagemissing); the shares are rounded to SHARE_STEPS, so a few images
 * serve 100,000 sites.
 */

export const SYMBOL_PREFIX = 'atlas-group';
export const SYMBOL_SHAPES = ['ring', 'badge'] as const;
export type SymbolShape = (typeof SYMBOL_SHAPES)[number];

/** Shares are drawn in steps of 1/SHARE_STEPS; a category with any site gets one at least. */
export const SHARE_STEPS = 24;
/** Site counts from which a symbol is drawn one size larger. */
export const SIZE_STEPS: readonly number[] = [10, 100, 1000, 10_000];
/** The outer radius of each size, and the width of its ring (CSS pixels). */
const RADII = [12, 15, 18, 22, 26];
const RING_WIDTHS = [4.5, 5, 5.5, 6, 6];

/** What an image name asks for: a shape, a size, each category's share (in model order). */
export interface SymbolSpec {
  shape: SymbolShape;
  size: number;
  shares: number[];
}

/** True for a site (or group of sites) placed in its commune or postcode, not at an address. */
export const IN_AREA: ExpressionSpecification = [
  'in',
  ['get', 'precision'],
  ['literal', [...AREA_PRECISIONS]],
];

/** The size of a symbol holding `sites` sites, as an expression: 0 to SIZE_STEPS.length. */
function sizeExpression(): ExpressionSpecification {
  const steps = SIZE_STEPS.flatMap((count, index) => [count, index + 1]);
  return ['step', ['get', 'sites'], 0, ...steps] as ExpressionSpecification;
}

/** The image name of a cluster or group: its shape, size and each category's share. */
export function symbolImageExpression(
  shape: SymbolShape | ExpressionSpecification,
): ExpressionSpecification {
  const shares = CATEGORIES.flatMap((category, index) => [
    ...(index > 0 ? [','] : []),
    [
      'to-string',
      [
        'ceil',
        [
          '*',
          SHARE_STEPS,
          ['/', ['coalesce', ['get', categoryCount(category)], 0], ['max', 1, ['get', 'sites']]],
        ],
      ],
    ],
  ]);
  return [
    'concat',
    `${SYMBOL_PREFIX}/`,
    shape,
    '/',
    ['to-string', sizeExpression()],
    '/',
    ...shares,
  ] as unknown as ExpressionSpecification;
}

/** Reads an image name made by symbolImageExpression; null for any other name. */
export function parseSymbolId(id: string): SymbolSpec | null {
  const [prefix, shape = '', size = '', shares = ''] = id.split('/');
  if (prefix !== SYMBOL_PREFIX) return null;
  if (!(SYMBOL_SHAPES as readonly string[]).includes(shape)) return null;
  const sizeIndex = Number(size);
  if (!Number.isInteger(sizeIndex) || sizeIndex < 0 || sizeIndex >= RADII.length) return null;
  const values = shares.split(',').map(Number);
  if (values.length !== CATEGORIES.length) return null;
  if (values.some((value) => !Number.isInteger(value) || value < 0)) return null;
  return { shape: shape as SymbolShape, size: sizeIndex, shares: values };
}

/** One category's part of a symbol, as fractions of the whole from 0 to 1. */
export interface SymbolPart {
  color: string;
  start: number;
  end: number;
}

/** The categories' parts, in model order, each as large as its share of the total. */
export function symbolParts(shares: readonly number[]): SymbolPart[] {
  const total = shares.reduce((sum, share) => sum + share, 0);
  if (total <= 0) return [];
  const parts: SymbolPart[] = [];
  let start = 0;
  shares.forEach((share, index) => {
    if (share <= 0) return;
    const category = CATEGORIES[index] ?? 'other';
    const end = start + share / total;
    parts.push({ color: CATEGORY_COLORS[category], start, end });
    start = end;
  });
  return parts;
}

/** The drawn size of a symbol, in CSS pixels. */
export function symbolSize(spec: SymbolSpec): { width: number; height: number } {
  const radius = RADII[spec.size] ?? 12;
  return spec.shape === 'ring'
    ? { width: 2 * radius + 2, height: 2 * radius + 2 }
    : { width: 2 * radius + 8, height: 2 * radius };
}

/**
 * Draws a symbol on a 2D context whose scale is set to the pixel ratio: a white disc ringed
 * by the categories (the count is drawn over it by the map, in the interface's language),
 * or a white badge, dashed as an area is, with the categories in a bar at its foot.
 */
export function drawSymbol(context: CanvasRenderingContext2D, spec: SymbolSpec): void {
  const { width, height } = symbolSize(spec);
  const radius = RADII[spec.size] ?? 12;
  const parts = symbolParts(spec.shares);
  if (spec.shape === 'ring') {
    const ring = RING_WIDTHS[spec.size] ?? 5;
    const centre = width / 2;
    context.beginPath();
    context.arc(centre, centre, radius, 0, 2 * Math.PI);
    context.fillStyle = '#ffffff';
    context.fill();
    context.lineWidth = ring;
    for (const part of parts) {
      context.beginPath();
      const from = -Math.PI / 2 + part.start * 2 * Math.PI;
      const to = -Math.PI / 2 + part.end * 2 * Math.PI;
      context.arc(centre, centre, radius - ring / 2, from, to);
      context.strokeStyle = part.color;
      context.stroke();
    }
    context.beginPath();
    context.arc(centre, centre, radius - ring, 0, 2 * Math.PI);
    context.lineWidth = 1;
    context.strokeStyle = MAP_COLORS.groupOutline;
    context.stroke();
    return;
  }
  const bar = Math.max(4, Math.round(radius * 0.34));
  const inset = 2;
  context.beginPath();
  context.roundRect(1, 1, width - 2, height - 2, 4);
  context.fillStyle = '#ffffff';
  context.fill();
  const barWidth = width - 2 * inset - 2;
  for (const part of parts) {
    context.fillStyle = part.color;
    const x = inset + 1 + part.start * barWidth;
    context.fillRect(x, height - inset - 1 - bar, (part.end - part.start) * barWidth, bar);
  }
  context.beginPath();
  context.roundRect(1, 1, width - 2, height - 2, 4);
  context.setLineDash([3, 2]);
  context.lineWidth = 1.5;
  context.strokeStyle = MAP_COLORS.groupOutline;
  context.stroke();
}

/**
 * The image of a symbol the map asks for by name, drawn at `pixelRatio` on a canvas of the
 * page; null for a name that is not a symbol's.
 */
export function symbolImage(id: string, pixelRatio: number): ImageData | null {
  const spec = parseSymbolId(id);
  if (!spec) return null;
  const { width, height } = symbolSize(spec);
  const canvas = document.createElement('canvas');
  canvas.width = width * pixelRatio;
  canvas.height = height * pixelRatio;
  const context = canvas.getContext('2d');
  if (!context) return null;
  context.scale(pixelRatio, pixelRatio);
  drawSymbol(context, spec);
  return context.getImageData(0, 0, canvas.width, canvas.height);
}
