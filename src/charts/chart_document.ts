/**
 * A chart as a file: its drawing under its title, with its sources (and the dates they give
 * figures for) below, in one standalone SVG (no external font or image), as the SVG and
 * PNG exports save it. Texts from the data are written as text nodes, never as markup.
 */

const SVG_NS = 'http://www.w3.org/2000/svg';
const LINE_HEIGHT = 15;
const MARGIN = 12;

export interface ChartFile {
  title: string;
  /** Under the title: the unit, the places. */
  subtitle: string;
  /** One line each: "Source: … (2022-01 – 2024-02)". */
  sources: readonly string[];
}

/** Cuts a line of text into lines of at most `width` characters, at spaces where it can. */
function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = '';
    }
    line = line ? `${line} ${word}` : word;
    while (line.length > width) {
      lines.push(line.slice(0, width));
      line = line.slice(width);
    }
  }
  if (line) lines.push(line);
  return lines;
}

export function chartDocument(chart: SVGSVGElement, file: ChartFile): string {
  const document = chart.ownerDocument;
  const width = Number(chart.getAttribute('width')) || 640;
  const height = Number(chart.getAttribute('height')) || 400;
  const perLine = Math.max(30, Math.floor((width - 2 * MARGIN) / 6));
  const sourceLines = file.sources.flatMap((source) => wrap(source, perLine));
  const top = MARGIN + 2 * LINE_HEIGHT + 6;
  const total = top + height + MARGIN + sourceLines.length * LINE_HEIGHT + MARGIN;
  const svg = document.createElementNS(SVG_NS, 'svg');
  svg.setAttribute('xmlns', SVG_NS);
  svg.setAttribute('width', String(width));
  svg.setAttribute('height', String(total));
  svg.setAttribute('viewBox', `0 0 ${width} ${total}`);
  svg.setAttribute('font-family', 'system-ui, sans-serif');
  const background = document.createElementNS(SVG_NS, 'rect');
  background.setAttribute('width', '100%');
  background.setAttribute('height', '100%');
  background.setAttribute('fill', '#ffffff');
  svg.append(background);
  const text = (content: string, y: number, size: number, weight = 'normal', fill = '#1d2733') => {
    const element = document.createElementNS(SVG_NS, 'text');
    element.setAttribute('x', String(MARGIN));
    element.setAttribute('y', String(y));
    element.setAttribute('font-size', String(size));
    element.setAttribute('font-weight', weight);
    element.setAttribute('fill', fill);
    element.textContent = content;
    svg.append(element);
  };
  text(file.title, MARGIN + 12, 15, '600');
  text(file.subtitle, MARGIN + 12 + LINE_HEIGHT + 2, 12, 'normal', '#555f6d');
  const drawing = chart.cloneNode(true) as SVGSVGElement;
  drawing.setAttribute('x', '0');
  drawing.setAttribute('y', String(top));
  svg.append(drawing);
  sourceLines.forEach((line, index) => {
    text(line, top + height + MARGIN + 10 + index * LINE_HEIGHT, 10.5, 'normal', '#555f6d');
  });
  const serializer = new (document.defaultView?.XMLSerializer ?? XMLSerializer)();
  return `<?xml version="1.0" encoding="UTF-8"?>\n${serializer.serializeToString(svg)}`;
}
