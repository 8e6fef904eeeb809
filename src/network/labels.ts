/**
 * Which node names the drawing writes, and where: the most important first, each beside its
 * node (right, left, below or above, the first that fits), none over another label, over
 * another node or over what covers the drawing (its legend), at most a few dozen. Screen
 * coordinates, pure; network_scene.ts gives the candidates, the canvas and the SVG export
 * write the same placements.
 */

export interface LabelCandidate {
  id: string;
  text: string;
  /** Screen position of the node centre and its screen radius. */
  x: number;
  y: number;
  r: number;
  priority: number;
}

/** Where a label is written: its anchor, as an offset from its node's centre (screen px). */
export interface LabelPlacement {
  /** The node's index in the scene. */
  node: number;
  dx: number;
  /** To the text's baseline. */
  dy: number;
  /** The text starts at the anchor, ends at it, or is centred on it. */
  align: 'start' | 'end' | 'middle';
}

/** A box on screen: left, top, right, bottom. */
export type Box = readonly [number, number, number, number];

/** Size of the labels on screen, in CSS pixels. */
export const LABEL_FONT_SIZE = 11;
/** Room kept around a label, px. */
const PADDING = 1.5;

/**
 * The width of a text at LABEL_FONT_SIZE, px. The page measures with the canvas (the font
 * the drawing uses); without one, an estimate by kind of letter, on the wide side.
 */
export type MeasureText = (text: string) => number;

const NARROW = /[iljtf.,;:'’!|()[\] ]/;
const WIDE = /[mwMW@%]/;

export function estimateTextWidth(text: string, fontSize = LABEL_FONT_SIZE): number {
  let width = 0;
  for (const character of text) {
    width += NARROW.test(character)
      ? 0.34
      : WIDE.test(character)
        ? 0.92
        : character === character.toUpperCase() && character !== character.toLowerCase()
          ? 0.72
          : 0.6;
  }
  return width * fontSize;
}

export interface PickOptions {
  max: number;
  measure?: MeasureText;
  /** What labels must not cover, besides each other: the nodes' discs, a legend. */
  obstacles?: readonly Box[];
  /** Where labels must stay whole: the view. */
  bounds?: Box;
  fontSize?: number;
}

function inside(box: readonly number[], bounds: Box): boolean {
  return (
    (box[0] ?? 0) >= bounds[0] &&
    (box[1] ?? 0) >= bounds[1] &&
    (box[2] ?? 0) <= bounds[2] &&
    (box[3] ?? 0) <= bounds[3]
  );
}

function overlaps(a: Box, b: Box): boolean {
  return a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];
}

/** Boxes bucketed by cells of the screen, to test a label against its neighbours only. */
class BoxGrid {
  private readonly cells = new Map<number, Box[]>();
  private static readonly CELL = 48;

  add(box: Box): void {
    for (const key of this.keys(box)) {
      const cell = this.cells.get(key);
      if (cell) cell.push(box);
      else this.cells.set(key, [box]);
    }
  }

  hits(box: Box, except?: Box): boolean {
    for (const key of this.keys(box)) {
      for (const other of this.cells.get(key) ?? []) {
        if (other !== except && overlaps(box, other)) return true;
      }
    }
    return false;
  }

  private *keys(box: Box): Generator<number> {
    const size = BoxGrid.CELL;
    const left = Math.floor(box[0] / size);
    const right = Math.floor(box[2] / size);
    const top = Math.floor(box[1] / size);
    const bottom = Math.floor(box[3] / size);
    for (let column = left; column <= right; column += 1) {
      for (let row = top; row <= bottom; row += 1) yield column * 100_003 + row;
    }
  }
}

/** The places tried around a node, in order, as [box, placement offset] for a text `width` wide. */
function spots(candidate: LabelCandidate, width: number, fontSize: number) {
  const { x, y, r } = candidate;
  const gap = r + 3;
  const ascent = fontSize * 0.8;
  const descent = fontSize * 0.25;
  const middle = fontSize * 0.35;
  return [
    {
      align: 'start',
      dx: gap,
      dy: middle,
      box: [x + gap, y + middle - ascent, x + gap + width, y + middle + descent],
    },
    {
      align: 'end',
      dx: -gap,
      dy: middle,
      box: [x - gap - width, y + middle - ascent, x - gap, y + middle + descent],
    },
    {
      align: 'middle',
      dx: 0,
      dy: gap + ascent,
      box: [x - width / 2, y + gap, x + width / 2, y + gap + ascent + descent],
    },
    {
      align: 'middle',
      dx: 0,
      dy: -gap - descent,
      box: [x - width / 2, y - gap - ascent - descent, x + width / 2, y - gap],
    },
  ] as const;
}

function padded(box: readonly number[]): Box {
  return [
    (box[0] ?? 0) - PADDING,
    (box[1] ?? 0) - PADDING,
    (box[2] ?? 0) + PADDING,
    (box[3] ?? 0) + PADDING,
  ];
}

/**
 * The labels to write, by priority (largest first): each at the first spot beside its node
 * that lies whole within `bounds` and covers no label already placed and no obstacle but
 * its own node's disc, until `max`. Returns each chosen candidate's id with its placement (`node` is left 0: the
 * caller maps ids to nodes), and the boxes the labels take.
 */
export function pickLabels(
  candidates: readonly LabelCandidate[],
  options: PickOptions,
): { id: string; placement: Omit<LabelPlacement, 'node'>; box: Box }[] {
  const fontSize = options.fontSize ?? LABEL_FONT_SIZE;
  const measure = options.measure ?? ((text: string) => estimateTextWidth(text, fontSize));
  const obstacles = new BoxGrid();
  const own = new Map<string, Box>();
  for (const box of options.obstacles ?? []) obstacles.add(box);
  for (const candidate of candidates) {
    const disc: Box = [
      candidate.x - candidate.r,
      candidate.y - candidate.r,
      candidate.x + candidate.r,
      candidate.y + candidate.r,
    ];
    own.set(candidate.id, disc);
    obstacles.add(disc);
  }
  const bounds = options.bounds;
  const placed = new BoxGrid();
  const chosen: { id: string; placement: Omit<LabelPlacement, 'node'>; box: Box }[] = [];
  const sorted = [...candidates].sort((a, b) => b.priority - a.priority);
  for (const candidate of sorted) {
    if (chosen.length >= options.max) break;
    const width = measure(candidate.text);
    for (const spot of spots(candidate, width, fontSize)) {
      const box = padded(spot.box);
      if (bounds && !inside(spot.box, bounds)) continue;
      if (placed.hits(box) || obstacles.hits(box, own.get(candidate.id))) continue;
      placed.add(box);
      chosen.push({
        id: candidate.id,
        placement: { dx: spot.dx, dy: spot.dy, align: spot.align },
        box: spot.box as Box,
      });
      break;
    }
  }
  return chosen;
}

/** A label short enough for the drawing (the full name stays in the tooltip and the table). */
export function shortLabel(name: string): string {
  return name.length > 36 ? `${name.slice(0, 35)}…` : name;
}
