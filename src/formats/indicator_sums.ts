import type { Issue } from '../model/report';
import type { Indicator } from '../model/schemas';
import { provinceCode } from '../places/areas';
import type { Gazetteer } from '../places/types';

/** A figure and the row it was read from. */
interface Placed {
  record: Indicator;
  row: number;
}

/** How far a sum may be from the total before it is worth saying: rounding in the sources. */
function differs(sum: number, total: number): boolean {
  return Math.abs(sum - total) > Math.max(1, Math.abs(total) * 0.005);
}

/**
 * Warnings where the communes of a province do not add up to the province's own figure
 * for the same indicator and date, when the table gives both the province and all its
 * communes; and likewise the five provinces and Wallonia.
 */
export function checkSums(figures: readonly Placed[], gazetteer: Gazetteer, file: string): Issue[] {
  const byKey = new Map<string, Placed>();
  for (const figure of figures) {
    const { nis_code, indicator, reference_date } = figure.record;
    byKey.set(`${nis_code}|${indicator}|${reference_date}`, figure);
  }
  const totals = new Map<
    string,
    { parts: Placed[]; of: string; indicator: string; date: string }
  >();
  for (const figure of figures) {
    const { nis_code, indicator, reference_date } = figure.record;
    const level = gazetteer.areaByNis(nis_code)?.level;
    const parent =
      level === 'commune' ? provinceCode(nis_code) : level === 'province' ? '03000' : null;
    if (!parent) continue;
    const key = `${parent}|${indicator}|${reference_date}`;
    const group = totals.get(key) ?? { parts: [], of: parent, indicator, date: reference_date };
    group.parts.push(figure);
    totals.set(key, group);
  }
  const issues: Issue[] = [];
  for (const [key, group] of totals) {
    const total = byKey.get(key);
    if (!total) continue;
    const expected =
      gazetteer.areaByNis(group.of)?.level === 'region'
        ? gazetteer.areas.filter((area) => area.level === 'province').length
        : gazetteer.communesOfArea(group.of).length;
    const distinct = new Set(group.parts.map((part) => part.record.nis_code)).size;
    if (distinct < expected) continue;
    const sum = group.parts.reduce((value, part) => value + part.record.value, 0);
    if (!differs(sum, total.record.value)) continue;
    issues.push({
      file,
      row: total.row,
      field: 'value',
      severity: 'warning',
      code: 'sum_mismatch',
      message: `${group.indicator} on ${group.date}: the ${distinct} places within ${group.of} add up to ${sum}, not ${total.record.value} as given for ${group.of}`,
      values: {
        indicator: group.indicator,
        date: group.date,
        count: distinct,
        of: group.of,
        sum,
        total: total.record.value,
      },
    });
  }
  return issues;
}
