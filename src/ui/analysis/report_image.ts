import { NO_DATA_COLOR } from '../../analysis/classes';
import type { MapSnapshot } from '../../map/map_snapshot';

/** What a map for a report says beside the map itself. */
export interface ReportTexts {
  title: string;
  subtitle: string;
  /** The legend's heading, and one line per class (its colour and its text), no data last. */
  legendTitle: string;
  legend: { color: string; text: string }[];
  /** Where the data comes from, and how the figure was computed. */
  attribution: string;
}

const MARGIN = 24;
const LEGEND_WIDTH = 300;
const FONT = '"DejaVu Sans", "Noto Sans", Arial, sans-serif';

/** A length that reads well on a scale bar (1, 2 or 5 × 10ⁿ metres) no longer than `metres`. */
export function niceLength(metres: number): number {
  const power = 10 ** Math.floor(Math.log10(Math.max(metres, 1)));
  for (const step of [5, 2, 1]) if (step * power <= metres) return step * power;
  return power;
}

/** Lines of at most `width` pixels of `text`, broken between words. */
function wrap(context: CanvasRenderingContext2D, text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    const next = line ? `${line} ${word}` : word;
    if (line && context.measureText(next).width > width) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

/**
 * A map ready to paste in a report: its title and subtitle above, the legend with its
 * classes beside it, a scale bar on it, and the sources and method under it. Drawn at the
 * map's own pixel ratio, on white.
 */
export function reportImage(snapshot: MapSnapshot, texts: ReportTexts): HTMLCanvasElement {
  const ratio = snapshot.pixelRatio;
  const mapWidth = snapshot.image.width / ratio;
  const mapHeight = snapshot.image.height / ratio;
  const canvas = document.createElement('canvas');
  const measure = canvas.getContext('2d');
  if (!measure) throw new Error('no 2D canvas to draw the report on');
  measure.font = `12px ${FONT}`;
  const width = mapWidth + LEGEND_WIDTH + MARGIN * 3;
  const attribution = wrap(measure, texts.attribution, width - MARGIN * 2);
  const top = MARGIN + 58;
  const height = top + mapHeight + MARGIN + attribution.length * 16 + MARGIN;
  canvas.width = Math.round(width * ratio);
  canvas.height = Math.round(height * ratio);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('no 2D canvas to draw the report on');
  context.scale(ratio, ratio);
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, width, height);
  context.fillStyle = '#111111';
  context.font = `bold 20px ${FONT}`;
  context.fillText(texts.title, MARGIN, MARGIN + 18);
  context.font = `13px ${FONT}`;
  context.fillStyle = '#333333';
  context.fillText(texts.subtitle, MARGIN, MARGIN + 42);
  context.drawImage(snapshot.image, MARGIN, top, mapWidth, mapHeight);
  context.strokeStyle = '#999999';
  context.strokeRect(MARGIN, top, mapWidth, mapHeight);

  // The scale bar, bottom left on the map, on a white ground.
  const metres = niceLength(snapshot.metresPerPixel * 120);
  const barWidth = metres / snapshot.metresPerPixel;
  const barX = MARGIN + 12;
  const barY = top + mapHeight - 18;
  context.fillStyle = 'rgba(255,255,255,0.85)';
  context.fillRect(barX - 6, barY - 18, barWidth + 12, 26);
  context.fillStyle = '#111111';
  context.fillRect(barX, barY, barWidth, 3);
  context.fillRect(barX, barY - 5, 1.5, 8);
  context.fillRect(barX + barWidth - 1.5, barY - 5, 1.5, 8);
  context.font = `11px ${FONT}`;
  context.fillText(metres >= 1000 ? `${metres / 1000} km` : `${metres} m`, barX, barY - 7);

  // The legend, beside the map.
  const legendX = MARGIN * 2 + mapWidth;
  let y = top + 14;
  context.font = `bold 13px ${FONT}`;
  for (const line of wrap(context, texts.legendTitle, LEGEND_WIDTH)) {
    context.fillText(line, legendX, y);
    y += 18;
  }
  context.font = `12px ${FONT}`;
  y += 6;
  for (const item of texts.legend) {
    context.fillStyle = item.color;
    context.fillRect(legendX, y - 11, 22, 14);
    context.strokeStyle = item.color === NO_DATA_COLOR ? '#777777' : '#555555';
    context.strokeRect(legendX, y - 11, 22, 14);
    context.fillStyle = '#111111';
    context.fillText(item.text, legendX + 30, y);
    y += 22;
  }

  context.font = `12px ${FONT}`;
  context.fillStyle = '#333333';
  attribution.forEach((line, index) => {
    context.fillText(line, MARGIN, top + mapHeight + MARGIN + 10 + index * 16);
  });
  return canvas;
}
