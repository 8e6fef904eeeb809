import * as Plot from '@observablehq/plot';

/**
 * Line charts of series over time, drawn by Observable Plot into one standalone SVG: each
 * line named at its last figure (no colour legend to look up), its figures marked, the
 * axes' numbers and dates written as the language writes them. Small multiples are one
 * panel per facet, sharing the value axis so that they compare.
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
}

/** The colours of up to eight lines: Observable 10's first, distinct for colour-blind readers and in grey by their marks. */
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
const SYMBOLS = [
  'circle',
  'square',
  'triangle',
  'diamond',
  'star',
  'cross',
  'wye',
  'times',
] as const;

interface Row {
  key: string;
  label: string;
  facet: string;
  date: Date;
  value: number;
}

export function lineChart(
  spec: LineChartSpec,
  document: Document = globalThis.document,
): SVGSVGElement {
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
  const faceted = spec.facets !== undefined;
  const fx = faceted ? 'facet' : undefined;
  const labelled = faceted
    ? []
    : [
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
      ];
  const longestLabel = Math.max(0, ...spec.lines.map((line) => Math.min(line.label.length, 14)));
  const chart = Plot.plot({
    document,
    width: spec.width,
    height: spec.height,
    marginLeft: 56,
    marginRight: faceted ? 16 : Math.min(140, 24 + longestLabel * 6.5),
    marginTop: faceted ? 28 : 24,
    marginBottom: 36,
    style: {
      fontSize: '11px',
      fontFamily: 'system-ui, sans-serif',
      background: '#fff',
      color: '#1d2733',
    },
    color: { type: 'ordinal', domain: keys, range: COLORS },
    symbol: { type: 'ordinal', domain: keys, range: [...SYMBOLS] },
    x: {
      type: 'utc',
      label: null,
      ticks: faceted ? 3 : Math.max(2, Math.floor(spec.width / 170)),
      tickFormat: (date: Date) => months.format(date),
    },
    y: {
      label: spec.unit,
      grid: true,
      zero: rows.every((row) => row.value >= 0),
      tickFormat: (value: number) =>
        Math.abs(value) >= 100_000 ? compact.format(value) : numbers.format(value),
    },
    fx: faceted ? { domain: [...(spec.facets ?? [])], label: null, padding: 0.12 } : undefined,
    marks: [
      Plot.frame({ stroke: '#d5dbe3', anchor: 'bottom' }),
      Plot.lineY(rows, {
        x: 'date',
        y: 'value',
        z: 'key',
        stroke: 'key',
        strokeWidth: 2,
        fx,
        curve: 'linear',
      }),
      Plot.dot(rows, {
        x: 'date',
        y: 'value',
        stroke: 'key',
        fill: 'key',
        symbol: 'key',
        r: 2.5,
        fx,
      }),
      ...labelled,
    ],
  });
  return chart as SVGSVGElement;
}
