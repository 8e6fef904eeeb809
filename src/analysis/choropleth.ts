import {
  type Classes,
  type ClassMethod,
  classColors,
  classify,
  classOf,
  NO_DATA_COLOR,
} from './classes';

/** What a choropleth of the communes draws: each commune's value and colour, and its classes for the legend. */
export interface Choropleth {
  /** The colour of each commune, by NIS code (the no-data grey where its value is unknown). */
  colors: ReadonlyMap<string, string>;
  classes: Classes;
  /** The colour of each class, light to dark. */
  palette: string[];
  /** Whether more is worse served (a distance): its palette runs to red. */
  worseIsMore: boolean;
}

/** The choropleth of values by commune, cut into classes by `method`. */
export function choroplethOf(
  values: ReadonlyMap<string, number | null>,
  method: ClassMethod,
  count: number,
  worseIsMore: boolean,
): Choropleth {
  const classes = classify([...values.values()], method, count);
  const palette = classColors(classes.counts.length, worseIsMore);
  const colors = new Map<string, string>();
  for (const [code, value] of values) {
    colors.set(
      code,
      value === null || !Number.isFinite(value)
        ? NO_DATA_COLOR
        : (palette[classOf(value, classes.bounds)] ?? NO_DATA_COLOR),
    );
  }
  return { colors, classes, palette, worseIsMore };
}

/**
 * The choropleth of values by commune in classes cut beforehand (from the whole series, so
 * that months compare): each class's count is of these values.
 */
export function choroplethInClasses(
  values: ReadonlyMap<string, number | null>,
  fixed: Classes,
  worseIsMore: boolean,
): Choropleth {
  const palette = classColors(fixed.bounds.length - 1, worseIsMore);
  const counts = new Array<number>(Math.max(0, fixed.bounds.length - 1)).fill(0);
  const colors = new Map<string, string>();
  let noData = 0;
  for (const [code, value] of values) {
    if (value === null || !Number.isFinite(value) || counts.length === 0) {
      noData += 1;
      colors.set(code, NO_DATA_COLOR);
      continue;
    }
    const at = classOf(value, fixed.bounds);
    counts[at] = (counts[at] ?? 0) + 1;
    colors.set(code, palette[at] ?? NO_DATA_COLOR);
  }
  return { colors, classes: { bounds: fixed.bounds, counts, noData }, palette, worseIsMore };
}
