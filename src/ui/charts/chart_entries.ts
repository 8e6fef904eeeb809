import type { Series } from '../../analysis/series';

/** A series as a chart draws it: its line's key and name, and its panel in small multiples. */
export interface ChartEntry {
  key: string;
  label: string;
  facet?: string;
  series: Series;
}

/** The dates of the entries, oldest first, each once: the rows of a chart's table. */
export function tableRows(entries: readonly ChartEntry[]): { date: string; time: number }[] {
  const byDate = new Map<string, number>();
  for (const entry of entries) {
    for (const point of entry.series.points) byDate.set(point.date, point.time);
  }
  return [...byDate]
    .map(([date, time]) => ({ date, time }))
    .sort((a, b) => a.time - b.time || (a.date < b.date ? -1 : 1));
}

/** A text safe in a file name: letters, digits, _ and -, at most 60 characters. */
export function fileStem(text: string): string {
  return (
    text
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[^A-Za-z0-9_-]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || 'series'
  );
}
