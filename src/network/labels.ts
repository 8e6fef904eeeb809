/**
 * Which node names the drawing writes: the most connected first, none overlapping another,
 * at most a few dozen. Screen coordinates, pure; network_scene.ts gives the candidates.
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

/** Size of the labels on screen, in CSS pixels. */
export const LABEL_FONT_SIZE = 11;

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
  fontSize = LABEL_FONT_SIZE,
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

/** A label short enough for the drawing (the full name stays in the tooltip and the table). */
export function shortLabel(name: string): string {
  return name.length > 36 ? `${name.slice(0, 35)}…` : name;
}
