import * as Plot from '@observablehq/plot';

/**
 * Line charts of series over time, drawn by Observable Plot into one standalone SVG: each
 * line named at its last figure (no colour legend to look up), its figures marked with a
 * symbol of its own (told apart in grey too), the axes' numbers and dates written as the
 * language writes them. Small multiples are one panel per facet, sharing the value axis so
 * that they compare; lines of very different sizes get a panel and a value axis each.
 */

export interface ChartLine {
  /** What distinguishes the line: its colour and its name at its end. */
  key: string;
  label: string;
  /** Its facet (a province's name) when the chart is in small multiples. */
  facet?: string;
  points: readonly { time: number; value: number }[];
}

export interface LineChartSpec {
  lines: readonly ChartLine[];
  /** The value axis' label (the unit). */
  unit: string;
  language: string;
  width: number;
  height: number;
  /** One panel per facet, in this order (small multiples). */
  facets?: readonly string[];
  /**
   * One panel per line, side by side, each with its own value axis and one time axis for
   * all (a commune beside Wallonia, whose figures are a hundred times larger).
   */
  ownAxes?: boolean;
}

/** The colours of up to eight lines: Observable 10's first, distinct for colour-blind readers. */
const COLORS = [
  '#4269d0',
  '#efb118',
  '#ff725c',
  '#6cc5b0',
  '#3ca951',
  '#ff8ab7',
  '#a463f2',
  '#97bbf5',
];
const SYMBOLS = ['circle', 'square', 'triangle', 'diamond', 'star', 'cross', 'wye', 'times'];
const SVG_NS = 'http://www.w3.org/2000/svg';

export function lineChart(
  spec: LineChartSpec,
  document: Document = globalThis.document,
): SVGSVGElement {
  if (!spec.ownAxes || spec.facets || spec.lines.length < 2) return plotLines(spec, document);
  const times = spec.lines.flatMap((line) => line.points.map((point) => point.time));
  const domain: [Date, Date] = [new Date(Math.min(...times)), new Date(Math.max(...times))];
  const width = Math.floor(spec.width / spec.lines.length);
  const total = width * spec.lines.length;
  const outer = document.createElementNS(SVG_NS, 'svg');
  outer.setAttribute('width', String(total));
  outer.setAttribute('height', String(spec.height));
  outer.setAttribute('viewBox', `0 0 ${total} ${spec.height}`);
  spec.lines.forEach((line, index) => {
    const panel = plotLines({ ...spec, lines: [line], width }, document, {
      domain,
      title: line.label,
      color: COLORS[index % COLORS.length] ?? COLORS[0] ?? 'black',
      symbol: SYMBOLS[index % SYMBOLS.length] ?? 'circle',
    });
    panel.setAttribute('x', String(index * width));
    outer.append(panel);
  });
  return outer;
}

/** One panel of a chart with a value axis of each: its time axis, title, colour and symbol. */
interface Panel {
  domain: [Date, Date];
  title: string;
  color: string;
  symbol: string;
}

interface Row {
  key: string;
  label: string;
  facet: string;
  date: Date;
  value: number;
}

function plotLines(spec: LineChartSpec, document: Document, panel?: Panel): SVGSVGElement {
  const rows: Row[] = spec.lines.flatMap((line) =>
    line.points.map((point) => ({
      key: line.key,
      label: line.label,
      facet: line.facet ?? '',
      date: new Date(point.time),
      value: point.value,
    })),
  );
  const keys = spec.lines.map((line) => line.key);
  const numbers = new Intl.NumberFormat(spec.language, { maximumFractionDigits: 2 });
  const compact = new Intl.NumberFormat(spec.language, {
    notation: 'compact',
    maximumFractionDigits: 1,
  });
  const months = new Intl.DateTimeFormat(spec.language, {
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  });
  const years = new Intl.DateTimeFormat(spec.language, { year: 'numeric', timeZone: 'UTC' });
  const faceted = spec.facets !== undefined;
  const narrow = faceted || panel !== undefined;
  const fx = faceted ? 'facet' : undefined;
  // A narrow panel over more than two years is labelled by year, else by month.
  const times = panel ? panel.domain.map(Number) : rows.map((row) => row.date.getTime());
  const longSpan = Math.max(...times) - Math.min(...times) > 2 * 365 * 86_400_000;
  const marks: Plot.Markish[] = [
    Plot.frame({ stroke: '#d5dbe3', anchor: 'bottom' }),
    Plot.lineY(rows, { x: 'date', y: 'value', z: 'key', stroke: 'key', strokeWidth: 2, fx }),
    Plot.dot(rows, {
      x: 'date',
      y: 'value',
      stroke: 'key',
      fill: 'key',
      symbol: 'key',
      r: 2.5,
      fx,
    }),
  ];
  if (!narrow) {
    marks.push(
      Plot.text(
        rows,
        Plot.selectLast({
          x: 'date',
          y: 'value',
          z: 'key',
          text: 'label',
          fill: 'key',
          dx: 6,
          textAnchor: 'start',
          fontSize: 11,
          lineWidth: 14,
        }),
      ),
    );
  }
  if (panel) {
    marks.push(
      Plot.text([panel.title], {
        frameAnchor: 'top-left',
        dy: -30,
        dx: -50,
        fontWeight: 600,
        fontSize: 12,
        fill: panel.color,
      }),
    );
  }
  const longestLabel = Math.max(0, ...spec.lines.map((line) => Math.min(line.label.length, 14)));
  const chart = Plot.plot({
    document,
    width: spec.width,
    height: spec.height,
    marginLeft: 56,
    marginRight: narrow ? 16 : Math.min(140, 24 + longestLabel * 6.5),
    marginTop: faceted ? 28 : panel ? 44 : 24,
    marginBottom: 36,
    style: {
      fontSize: '11px',
      fontFamily: 'system-ui, sans-serif',
      background: '#fff',
      color: '#1d2733',
    },
    color: { type: 'ordinal', domain: keys, range: panel ? [panel.color] : COLORS },
    symbol: { type: 'ordinal', domain: keys, range: panel ? [panel.symbol] : SYMBOLS },
    x: {
      type: 'utc',
      label: null,
      domain: panel?.domain,
      // Room for the first and last date's labels inside a narrow panel.
      insetLeft: narrow ? 24 : 0,
      insetRight: narrow ? 24 : 0,
      // A narrow panel over a short span is marked at its first and last figure only.
      ticks:
        narrow && !longSpan
          ? [...new Set([Math.min(...times), Math.max(...times)])].map((time) => new Date(time))
          : narrow
            ? 3
            : Math.max(2, Math.floor(spec.width / 170)),
      tickFormat: (date: Date) => (narrow && longSpan ? years : months).format(date),
    },
    y: {
      label: spec.unit,
      grid: true,
      zero: rows.every((row) => row.value >= 0),
      tickFormat: (value: number) =>
        Math.abs(value) >= 100_000 ? compact.format(value) : numbers.format(value),
    },
    fx: faceted ? { domain: [...(spec.facets ?? [])], label: null, padding: 0.2 } : undefined,
    marks,
  });
  return chart as SVGSVGElement;
}
